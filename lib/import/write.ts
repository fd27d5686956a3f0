import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { writeCoverage } from "../dataset/coverage";
import type { ImportReference } from "./reference";
import type { ClusterFigure, IndustryFigure, InsuredFigure, ParsedImport } from "./types";

export type TableChanges = { inserted: number; updated: number; unchanged: number; removed: number };
export type WriteResult = {
  sourceKey: string;
  sourceCreated: boolean;
  regionsCreated: string[];
  industriesCreated: number;
  clusters: TableChanges;
  industries: TableChanges;
  insured: TableChanges;
  changed: boolean;
};

type Client = PrismaClient | Prisma.TransactionClient;

/** An imported file's source: the same file name imported again updates its own rows and nothing else. */
export const importSourceKey = (parsed: Pick<ParsedImport, "format" | "fileName">) => `import:${parsed.format}:${parsed.fileName}`;

const clusterFields = [
  "basis", "employment", "employmentReported", "employmentIsLowerBound", "establishments", "payrollThousandUsd",
  "averageWageUsd", "locationQuotient", "lqBenchmarkCode", "lqPublished", "pandemicFlag", "derivation",
] as const;
const industryFields = ["employment", "establishments", "payrollThousandUsd", "valueAddedMillionMxn", "pandemicFlag"] as const;
const insuredFields = ["insuredJobs", "insuredPersons"] as const;

type Diff<Row> = { create: Row[]; update: { id: number; data: Partial<Row> }[]; unchanged: number; removeIds: number[] };

function diff<Row extends Record<string, unknown>, Existing extends { id: number }>(
  wanted: readonly Row[],
  existing: readonly Existing[],
  keyOfWanted: (row: Row) => string,
  keyOfExisting: (row: Existing) => string,
  fields: readonly (keyof Row & keyof Existing)[],
): Diff<Row> {
  const byKey = new Map(existing.map((row) => [keyOfExisting(row), row]));
  const result: Diff<Row> = { create: [], update: [], unchanged: 0, removeIds: [] };
  const kept = new Set<number>();
  for (const row of wanted) {
    const current = byKey.get(keyOfWanted(row));
    if (!current) {
      result.create.push(row);
      continue;
    }
    kept.add(current.id);
    const changed = fields.filter((field) => (row[field] ?? null) !== ((current as Record<string, unknown>)[field as string] ?? null));
    if (changed.length === 0) result.unchanged += 1;
    else result.update.push({ id: current.id, data: Object.fromEntries(changed.map((field) => [field, row[field]])) as Partial<Row> });
  }
  for (const row of existing) if (!kept.has(row.id)) result.removeIds.push(row.id);
  return result;
}

const changes = (plan: Diff<unknown & Record<string, unknown>>): TableChanges => ({
  inserted: plan.create.length,
  updated: plan.update.length,
  unchanged: plan.unchanged,
  removed: plan.removeIds.length,
});

/**
 * Works out, and unless `apply` is false writes, the difference between the file and what its source
 * already holds: rows are upserted by (source, region, cluster or industry, year[, month]), rows the
 * file no longer has are removed, and coverage is recomputed. Run inside one transaction by the caller.
 */
export async function planAndWrite(
  db: Client,
  parsed: ParsedImport,
  reference: ImportReference,
  file: { checksum: string; apply: boolean; afterFirstWrite?: () => Promise<void> },
): Promise<WriteResult> {
  const sourceKey = importSourceKey(parsed);
  const source = await db.source.findUnique({ where: { key: sourceKey } });
  const sourceId = source?.id ?? -1;
  const regionsCreated = parsed.newRegions.filter((region) => !reference.regions.has(region.code));

  const industryKey = (system: string, code: string) => `${system}/${code}`;
  const neededIndustries = new Map<string, IndustryFigure>();
  for (const row of parsed.industries) neededIndustries.set(industryKey(row.system, row.code), row);
  const knownIndustries = await db.industry.findMany({
    where: { OR: [...new Set(parsed.industries.map((row) => row.system))].map((system) => ({ system })) },
    select: { id: true, system: true, code: true },
  });
  const industryIds = new Map(knownIndustries.map((row) => [industryKey(row.system, row.code), row.id]));
  const missingIndustries = [...neededIndustries.values()].filter((row) => !industryIds.has(industryKey(row.system, row.code)));

  const [existingClusters, existingIndustries, existingInsured] = await Promise.all([
    db.clusterObservation.findMany({ where: { sourceId } }),
    db.industryObservation.findMany({ where: { sourceId }, include: { industry: { select: { system: true, code: true } } } }),
    db.insuredEmployment.findMany({ where: { sourceId } }),
  ]);
  const clusterPlan = diff(
    parsed.clusters.map(clusterRow),
    existingClusters,
    (row) => `${row.regionCode}|${row.clusterCode}|${row.year}`,
    (row) => `${row.regionCode}|${row.clusterCode}|${row.year}`,
    clusterFields,
  );
  const industryPlan = diff(
    parsed.industries.map(industryRow),
    existingIndustries.map((row) => ({ ...row, system: row.industry.system, code: row.industry.code })),
    (row) => `${row.regionCode}|${row.system}|${row.code}|${row.year}`,
    (row) => `${row.regionCode}|${row.system}|${row.code}|${row.year}`,
    industryFields,
  );
  const insuredPlan = diff(
    parsed.insured.map(insuredRow),
    existingInsured,
    (row) => `${row.regionCode}|${row.sectorCode}|${row.year}|${row.month}`,
    (row) => `${row.regionCode}|${row.sectorCode}|${row.year}|${row.month}`,
    insuredFields,
  );
  const result: WriteResult = {
    sourceKey,
    sourceCreated: !source,
    regionsCreated: regionsCreated.map((region) => region.code),
    industriesCreated: missingIndustries.length,
    clusters: changes(clusterPlan),
    industries: changes(industryPlan),
    insured: changes(insuredPlan),
    changed: false,
  };
  result.changed =
    !source ||
    source.checksum !== file.checksum ||
    regionsCreated.length > 0 ||
    [result.clusters, result.industries, result.insured].some((table) => table.inserted + table.updated + table.removed > 0);
  if (!file.apply || !result.changed) return result;

  // Parents first: a new municipio's state must exist before the municipio.
  for (const region of [...regionsCreated].sort((a, b) => a.code.length - b.code.length)) await db.region.create({ data: region });
  if (missingIndustries.length > 0) {
    await db.industry.createMany({
      data: missingIndustries.map((row) => ({
        system: row.system,
        code: row.code,
        digits: row.code.includes("-") ? 2 : row.code.length,
        titleEn: row.system === "NAICS2017" ? (reference.naics2017Titles.get(row.code) ?? null) : row.system === "NAICS2012" ? (reference.naics2012Titles.get(row.code) ?? null) : null,
        titleEs: row.system === "SCIAN2018" ? (reference.scianTitles.get(row.code) ?? null) : null,
        clusterCode:
          row.system === "NAICS2017" ? (reference.naics2017Assignments.get(row.code)?.clusterCode ?? null) : row.system === "NAICS2012" ? (reference.clusterOfNaics2012.get(row.code) ?? null) : null,
      })),
      skipDuplicates: true,
    });
    for (const row of await db.industry.findMany({ where: { OR: missingIndustries.map((industry) => ({ system: industry.system, code: industry.code })) }, select: { id: true, system: true, code: true } })) {
      industryIds.set(industryKey(row.system, row.code), row.id);
    }
  }
  const sourceData = {
    title: parsed.source.title,
    publisher: parsed.source.publisher,
    year: parsed.source.year,
    url: parsed.source.url,
    licence: parsed.source.licence,
    notes: parsed.source.notes,
    fileName: parsed.fileName,
    checksum: file.checksum,
    importFormat: parsed.format,
    importedAt: new Date(),
  };
  const saved = await db.source.upsert({ where: { key: sourceKey }, create: { key: sourceKey, ...sourceData }, update: sourceData });

  await db.clusterObservation.deleteMany({ where: { id: { in: clusterPlan.removeIds } } });
  await db.industryObservation.deleteMany({ where: { id: { in: industryPlan.removeIds } } });
  await db.insuredEmployment.deleteMany({ where: { id: { in: insuredPlan.removeIds } } });
  await db.clusterObservation.createMany({ data: clusterPlan.create.map((row) => ({ ...row, sourceId: saved.id })) });
  await file.afterFirstWrite?.();
  await db.industryObservation.createMany({
    data: industryPlan.create.map(({ system, code, ...row }) => ({ ...row, industryId: industryIds.get(industryKey(system, code))!, sourceId: saved.id })),
  });
  await db.insuredEmployment.createMany({ data: insuredPlan.create.map((row) => ({ ...row, sourceId: saved.id })) });
  for (const { id, data } of clusterPlan.update) await db.clusterObservation.update({ where: { id }, data });
  for (const { id, data } of industryPlan.update) await db.industryObservation.update({ where: { id }, data: data as Prisma.IndustryObservationUpdateInput });
  for (const { id, data } of insuredPlan.update) await db.insuredEmployment.update({ where: { id }, data });

  await db.coverage.deleteMany({ where: { sourceId: saved.id } });
  await writeCoverage(db as Prisma.TransactionClient, [saved.id]);
  return result;
}

function clusterRow(figure: ClusterFigure) {
  const row: Partial<ClusterFigure> = { ...figure };
  delete row.line;
  return row as Omit<ClusterFigure, "line">;
}

function industryRow(figure: IndustryFigure) {
  const row: Partial<IndustryFigure> = { ...figure };
  delete row.line;
  delete row.withheld;
  return row as Omit<IndustryFigure, "line" | "withheld">;
}
const insuredRow = (row: InsuredFigure) => row;
