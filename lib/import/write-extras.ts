import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { ImportError } from "./problems";
import type { Citation, FactFigure, PeerSetFigure, RankingFigure } from "./types";

type Client = PrismaClient | Prisma.TransactionClient;

/**
 * The studies a compilation of published figures cites, each stored as a source under the file's own
 * (key `<file source key>#<n>`, numbered in order of first appearance), so every figure on a page names
 * its study while the file remains the unit that is imported and replaced.
 */
export function citationSources(facts: readonly FactFigure[], fileSourceKey: string) {
  const identity = (citation: Citation) => `${citation.title}|${citation.url ?? ""}`;
  const keys = new Map<string, string>();
  const distinct: Citation[] = [];
  for (const fact of facts) {
    if (!fact.citation || keys.has(identity(fact.citation))) continue;
    keys.set(identity(fact.citation), `${fileSourceKey}#${keys.size + 1}`);
    distinct.push(fact.citation);
  }
  return {
    keyOf: (citation: Citation) => keys.get(identity(citation))!,
    /** Upserts the cited studies under the file's source; returns their ids by key. */
    async write(
      db: Client,
      parentId: number,
      file: { isDefault: boolean; importedAt: Date; fileName: string; checksum: string; importFormat: string },
    ) {
      const ids = new Map<string, number>();
      for (const citation of distinct) {
        const key = keys.get(identity(citation))!;
        const data = {
          title: citation.title,
          publisher: citation.publisher,
          year: citation.year,
          url: citation.url,
          licence: "Quoted for reference with citation",
          notes: `Reported in ${citation.publisher}.`,
          parentId,
          isDefault: file.isDefault,
          importedAt: file.importedAt,
          fileName: file.fileName,
          checksum: file.checksum,
          importFormat: file.importFormat,
        };
        ids.set(key, (await db.source.upsert({ where: { key }, create: { key, ...data }, update: data })).id);
      }
      return ids;
    },
    /** Citations the file no longer makes (after its figures were rewritten). */
    async removeUnused(db: Client, parentId: number) {
      const used = [...keys.values()];
      const stale = await db.source.findMany({ where: { parentId, key: { notIn: used } }, select: { id: true } });
      if (stale.length === 0) return;
      const ids = stale.map((row) => row.id);
      await db.coverage.deleteMany({ where: { sourceId: { in: ids } } });
      await db.source.deleteMany({ where: { id: { in: ids } } });
    },
  };
}

/** A ranking is small and has no natural row key beyond its members: it is replaced whole. */
export async function writeRankings(db: Client, sourceId: number, rankings: readonly RankingFigure[]): Promise<void> {
  await db.industryRankingMember.deleteMany({ where: { ranking: { sourceId } } });
  await db.industryRanking.deleteMany({ where: { sourceId } });
  const subclusters = new Map(
    (await db.subcluster.findMany({ select: { id: true, clusterCode: true, number: true } })).map((row) => [
      `${row.clusterCode}/${row.number}`,
      row.id,
    ]),
  );
  for (const ranking of rankings) {
    await db.industryRanking.create({
      data: {
        rank: ranking.rank,
        naicsCode: ranking.naicsCode,
        nameAsStated: ranking.nameAsStated,
        sourceId,
        members: {
          create: ranking.members.map((member) => ({
            naics2012Code: member.naics2012Code,
            clusterCode: member.clusterCode,
            subclusterId:
              member.subclusterNumber === null
                ? null
                : (subclusters.get(`${member.clusterCode}/${member.subclusterNumber}`) ?? null),
          })),
        },
      },
    });
  }
}

/**
 * Peer sets are replaced whole with their file. A key another source already defines is refused:
 * an analyst's set never replaces a shipped one (or another analyst's) by accident.
 */
export async function writePeerSets(
  db: Client,
  sourceId: number,
  sets: readonly PeerSetFigure[],
  fileName: string,
): Promise<void> {
  const taken = await db.peerSet.findMany({
    where: { key: { in: sets.map((set) => set.key) }, sourceId: { not: sourceId } },
    select: { key: true, source: { select: { title: true } } },
  });
  if (taken.length > 0)
    throw new ImportError(
      `${fileName}: peer set ${taken.map((set) => `"${set.key}" is already defined by ${set.source.title}`).join("; ")}; give it another key`,
    );
  await db.peerSet.deleteMany({ where: { sourceId } });
  for (const [index, set] of sets.entries()) {
    await db.peerSet.create({
      data: {
        key: set.key,
        kind: set.kind,
        nameEn: set.nameEn,
        nameEs: set.nameEs,
        descriptionEn: set.descriptionEn,
        descriptionEs: set.descriptionEs,
        anchorRegionCode: set.anchorRegionCode,
        size: set.size,
        sortOrder: index,
        sourceId,
        members: { create: set.members.map((regionCode, position) => ({ regionCode, position })) },
      },
    });
  }
}
