import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { importFile } from "../import/import-file";
import { buildClusters, buildIndustries, buildSubclusters } from "./build-reference";
import { dataDir } from "./files";
import { importedEntries, manifest, referenceEntries, type ManifestEntry } from "./manifest";
import { regions } from "./regions";

/**
 * Bump when the way shipped files are read or derived changes (a parser rule, the reference tables),
 * so that existing databases re-import every entry on their next start.
 */
const PIPELINE_VERSION = 3;
const SEED_STATE_KEY = "default-dataset";
const REFERENCE_STATE_KEY = "reference-tables";
const entryStateKey = (entry: ManifestEntry) => `entry:${entry.key}`;

const checksumOf = (file: string) =>
  crypto
    .createHash("sha256")
    .update(fs.readFileSync(path.join(dataDir, file)))
    .digest("hex");

export type SeedSummary = { skipped: boolean; counts: Record<string, number> };

/**
 * Loads the shipped dataset (lib/dataset/manifest.ts): the reference tables, then every data file
 * through the import pipeline, each in its own transaction, in manifest order. A file whose checksum
 * is unchanged is skipped; once one file is re-imported, the files after it are too (they may derive
 * from it, as the U.S. side's LQs derive from California's U.S. totals). Default sources the manifest
 * no longer lists are removed; a user's imports are never touched.
 */
export async function loadDefaultDataset(
  prisma: PrismaClient,
  options: { force?: boolean; onEntry?: (entry: ManifestEntry, status: string) => void } = {},
): Promise<SeedSummary> {
  const checksums = new Map(
    manifest.filter((entry) => entry.format !== "document").map((entry) => [entry.key, checksumOf(entry.file)]),
  );
  const fingerprint = crypto
    .createHash("sha256")
    .update(`pipeline ${PIPELINE_VERSION}\n${[...checksums].map(([key, sum]) => `${key} ${sum}`).join("\n")}`)
    .digest("hex");
  const state = await prisma.seedState.findUnique({ where: { key: SEED_STATE_KEY } });
  if (state?.fingerprint === fingerprint && !options.force) return { skipped: true, counts: {} };

  const counts: Record<string, number> = {};
  counts.staleSourcesRemoved = await removeStaleDefaultSources(prisma);
  const referenceFingerprint = `${PIPELINE_VERSION}:${referenceEntries.map((entry) => checksums.get(entry.key)).join(",")}`;
  let redoRest = options.force === true || (await stateOf(prisma, REFERENCE_STATE_KEY)) !== referenceFingerprint;
  if (redoRest) {
    Object.assign(counts, await loadReferenceTables(prisma, referenceFingerprint));
    options.onEntry?.(referenceEntries[0]!, "reference tables loaded");
  }
  for (const entry of importedEntries) {
    const entryFingerprint = `${PIPELINE_VERSION}:${checksums.get(entry.key)}`;
    if (!redoRest && (await stateOf(prisma, entryStateKey(entry))) === entryFingerprint) {
      options.onEntry?.(entry, "unchanged");
      continue;
    }
    redoRest = true;
    const summary = await importFile(prisma, path.join(dataDir, entry.file), {
      format: entry.format,
      year: entry.year,
      identity: { key: entry.key, description: { ...entry.source, notes: "" }, isDefault: true },
      analyze: false,
    });
    await setState(prisma, entryStateKey(entry), entryFingerprint);
    counts[entry.key] = summary.rowsRead;
    options.onEntry?.(entry, summary.changed ? `${summary.rowsRead} rows read` : "no change");
  }
  if (redoRest) await prisma.$executeRawUnsafe("ANALYZE");
  await setState(prisma, SEED_STATE_KEY, fingerprint);
  return { skipped: false, counts };
}

async function stateOf(prisma: PrismaClient, key: string): Promise<string | undefined> {
  return (await prisma.seedState.findUnique({ where: { key } }))?.fingerprint;
}

async function setState(
  prisma: Prisma.TransactionClient | PrismaClient,
  key: string,
  fingerprint: string,
): Promise<void> {
  await prisma.seedState.upsert({
    where: { key },
    create: { key, fingerprint },
    update: { fingerprint, loadedAt: new Date() },
  });
}

/**
 * Regions, clusters, subclusters and industry code lists, with a source row for each reference file:
 * what every import checks its rows against.
 */
export async function loadReferenceTables(
  prisma: PrismaClient,
  fingerprint = "loaded without the seed",
): Promise<Record<string, number>> {
  const { clusters, clusterOfNaics2012 } = buildClusters();
  const subclusters = buildSubclusters();
  const industries = buildIndustries(clusterOfNaics2012);
  return prisma.$transaction(
    async (tx) => {
      for (const region of regions) {
        const data = { ...region, stateCodes: region.stateCodes ?? [], sameAreaAs: region.sameAreaAs ?? null };
        await tx.region.upsert({ where: { code: region.code }, create: data, update: data });
      }
      for (const entry of referenceEntries) {
        const data = {
          ...entry.source,
          notes: entry.source.caveats,
          fileName: path.basename(entry.file),
          checksum: checksumOf(entry.file),
          importFormat: "reference",
          isDefault: true,
          importedAt: new Date(),
        };
        await tx.source.upsert({ where: { key: entry.key }, create: { key: entry.key, ...data }, update: data });
      }
      for (const cluster of clusters)
        await tx.cluster.upsert({ where: { code: cluster.code }, create: cluster, update: cluster });
      await tx.subcluster.createMany({ data: subclusters, skipDuplicates: true });
      const subclusterIds = new Map(
        (await tx.subcluster.findMany()).map((row) => [`${row.clusterCode}/${row.number}`, row.id]),
      );
      await tx.industry.createMany({
        data: industries.map(({ subclusterNumber, ...industry }) => ({
          ...industry,
          subclusterId:
            industry.clusterCode === null || subclusterNumber === null
              ? null
              : (subclusterIds.get(`${industry.clusterCode}/${subclusterNumber}`) ?? null),
        })),
        skipDuplicates: true,
      });
      await setState(tx, REFERENCE_STATE_KEY, fingerprint);
      return {
        regions: regions.length,
        clusters: clusters.length,
        subclusters: subclusters.length,
        industries: industries.length,
      };
    },
    { timeout: 300_000, maxWait: 60_000 },
  );
}

/** Removes the rows of default sources that the manifest no longer lists (a renamed or dropped file). */
async function removeStaleDefaultSources(prisma: PrismaClient): Promise<number> {
  const keys = manifest.map((entry) => entry.key);
  const stale = await prisma.source.findMany({
    where: { isDefault: true, parentId: null, key: { notIn: keys } },
    select: { id: true, citations: { select: { id: true } } },
  });
  if (stale.length === 0) return 0;
  const ids = stale.flatMap((source) => [source.id, ...source.citations.map((citation) => citation.id)]);
  await prisma.$transaction(async (tx) => {
    const bySource = { sourceId: { in: ids } };
    await tx.coverage.deleteMany({ where: bySource });
    await tx.industryRankingMember.deleteMany({ where: { ranking: bySource } });
    await tx.industryRanking.deleteMany({ where: bySource });
    await tx.peerSet.deleteMany({ where: bySource });
    await tx.publishedFact.deleteMany({ where: bySource });
    await tx.benchmarkTotal.deleteMany({ where: bySource });
    await tx.clusterObservation.deleteMany({ where: bySource });
    await tx.industryObservation.deleteMany({ where: bySource });
    await tx.insuredEmployment.deleteMany({ where: bySource });
    await tx.establishment.deleteMany({ where: bySource });
    await tx.source.deleteMany({ where: { parentId: { in: ids } } });
    await tx.source.deleteMany({ where: { id: { in: ids } } });
  });
  return stale.length;
}
