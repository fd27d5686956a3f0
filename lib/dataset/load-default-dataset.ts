import crypto from "node:crypto";
import fs from "node:fs";
import type { PrismaClient } from "../generated/prisma/client";
import { buildClusters, buildIndustries, buildSubclusters, readAllCbp } from "./build-reference";
import { buildCbpClusterObservations, buildCmpObservations, buildIndustryObservations, buildNationalBenchmarks } from "./build-observations";
import { buildPublishedFacts, buildTop10Ranking } from "./build-facts";
import { dataFilePath, dataFiles, type DataFileKey } from "./files";
import { regions } from "./regions";
import { defaultSources, type SourceDefinition } from "./sources";
import { writeCoverage } from "./coverage";

/** Bump when the way the files are reshaped changes, so existing databases reload. */
const DATASET_VERSION = 1;
const SEED_STATE_KEY = "default-dataset";

export function datasetFingerprint(): string {
  const hash = crypto.createHash("sha256").update(`version ${DATASET_VERSION}\n`);
  for (const key of Object.keys(dataFiles) as DataFileKey[]) hash.update(fs.readFileSync(dataFilePath(key)));
  return hash.digest("hex");
}

const fileChecksum = (key: DataFileKey) => crypto.createHash("sha256").update(fs.readFileSync(dataFilePath(key))).digest("hex");

export type SeedSummary = { skipped: boolean; counts: Record<string, number> };

/**
 * Loads the shipped dataset in one transaction: either every table is updated or none is.
 * Rows of the default sources are replaced; rows that imports added under other sources stay.
 * With unchanged files (same fingerprint) it does nothing, so every start can call it.
 */
export async function loadDefaultDataset(prisma: PrismaClient, options: { force?: boolean } = {}): Promise<SeedSummary> {
  const fingerprint = datasetFingerprint();
  const state = await prisma.seedState.findUnique({ where: { key: SEED_STATE_KEY } });
  if (state?.fingerprint === fingerprint && !options.force) return { skipped: true, counts: {} };

  // Everything is read and reshaped before the transaction opens: a bad file stops here, untouched database.
  const { clusters, clusterOfNaics2012 } = buildClusters();
  const subclusters = buildSubclusters();
  const cbp = readAllCbp(clusterOfNaics2012);
  const industries = buildIndustries(cbp);
  const benchmarks = buildNationalBenchmarks(clusters);
  const cbpClusters = buildCbpClusterObservations(cbp);
  if (cbpClusters.unmappedCodes.length > 0) {
    throw new Error(`NAICS 2017 codes with no cluster: ${cbpClusters.unmappedCodes.join(", ")}`);
  }
  const clusterObservations = [...buildCmpObservations(clusters, benchmarks), ...cbpClusters.observations];
  const industryObservations = buildIndustryObservations(cbp);
  const { facts, sources: factSources } = buildPublishedFacts();
  const ranking = buildTop10Ranking();
  const sources: SourceDefinition[] = [...defaultSources, ...factSources];

  const counts = await prisma.$transaction(
    async (tx) => {
      for (const region of regions) {
        await tx.region.upsert({ where: { code: region.code }, create: region, update: region });
      }
      const sourceIds = new Map<string, number>();
      for (const { file, ...source } of sources) {
        const data = { ...source, fileName: dataFiles[file], checksum: fileChecksum(file) };
        const row = await tx.source.upsert({ where: { key: source.key }, create: data, update: data });
        sourceIds.set(source.key, row.id);
      }
      const defaultIds = [...sourceIds.values()];
      const idOf = (key: string) => {
        const id = sourceIds.get(key);
        if (id === undefined) throw new Error(`Unknown source key ${key}`);
        return id;
      };

      const bySource = { sourceId: { in: defaultIds } };
      await tx.coverage.deleteMany({ where: bySource });
      await tx.industryRankingMember.deleteMany({ where: { ranking: bySource } });
      await tx.industryRanking.deleteMany({ where: bySource });
      await tx.publishedFact.deleteMany({ where: bySource });
      await tx.benchmarkTotal.deleteMany({ where: bySource });
      await tx.clusterObservation.deleteMany({ where: bySource });
      await tx.industryObservation.deleteMany({ where: bySource });

      for (const cluster of clusters) {
        await tx.cluster.upsert({ where: { code: cluster.code }, create: cluster, update: cluster });
      }
      await tx.subcluster.createMany({ data: subclusters, skipDuplicates: true });
      const subclusterIds = new Map(
        (await tx.subcluster.findMany()).map((row) => [`${row.clusterCode}/${row.number}`, row.id]),
      );
      const subclusterId = (clusterCode: number | null, number: number | null) =>
        clusterCode === null || number === null ? null : (subclusterIds.get(`${clusterCode}/${number}`) ?? null);

      await tx.industry.deleteMany({ where: { observations: { none: {} }, system: { in: ["NAICS2012", "NAICS2017", "SCIAN2018"] } } });
      await tx.industry.createMany({
        data: industries.map(({ subclusterNumber, ...industry }) => ({
          ...industry,
          subclusterId: subclusterId(industry.clusterCode, subclusterNumber),
        })),
        skipDuplicates: true,
      });
      const industryIds = new Map((await tx.industry.findMany({ select: { id: true, system: true, code: true } })).map((row) => [`${row.system}/${row.code}`, row.id]));

      await tx.clusterObservation.createMany({
        data: clusterObservations.map(({ sourceKey, ...row }) => ({ ...row, sourceId: idOf(sourceKey) })),
      });
      await tx.benchmarkTotal.createMany({
        data: benchmarks.map(({ sourceKey, ...row }) => ({ ...row, sourceId: idOf(sourceKey) })),
      });
      await tx.industryObservation.createMany({
        data: industryObservations.map(({ sourceKey, system, code, ...row }) => {
          const industryId = industryIds.get(`${system}/${code}`);
          if (industryId === undefined) throw new Error(`Industry ${system} ${code} is not defined`);
          return { ...row, industryId, sourceId: idOf(sourceKey) };
        }),
      });
      await tx.publishedFact.createMany({ data: facts.map(({ sourceKey, ...fact }) => ({ ...fact, sourceId: idOf(sourceKey) })) });
      for (const entry of ranking) {
        await tx.industryRanking.create({
          data: {
            rank: entry.rank,
            naicsCode: entry.naicsCode,
            nameAsStated: entry.nameAsStated,
            sourceId: idOf("cbc-2015-top10"),
            members: {
              create: entry.members.map((member) => ({
                naics2012Code: member.naics2012Code,
                clusterCode: member.clusterCode,
                subclusterId: subclusterId(member.clusterCode, member.subclusterNumber),
              })),
            },
          },
        });
      }
      const coverage = await writeCoverage(tx, defaultIds);
      await tx.seedState.upsert({
        where: { key: SEED_STATE_KEY },
        create: { key: SEED_STATE_KEY, fingerprint },
        update: { fingerprint, loadedAt: new Date() },
      });
      return {
        regions: regions.length,
        sources: sources.length,
        clusters: clusters.length,
        subclusters: subclusters.length,
        industries: industries.length,
        clusterObservations: clusterObservations.length,
        industryObservations: industryObservations.length,
        benchmarkTotals: benchmarks.length,
        publishedFacts: facts.length,
        rankedIndustries: ranking.length,
        coverage,
      };
    },
    { timeout: 300_000, maxWait: 60_000 },
  );
  return { skipped: false, counts };
}
