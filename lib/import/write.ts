import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { writeCoverage } from "../dataset/coverage";
import type { RegionDefinition } from "../dataset/regions";
import { ImportError } from "./problems";
import type { ImportReference } from "./reference";
import { bulkInsert, clusterFields, establishmentFields, industryFields, insuredFields } from "./bulk-insert";
import type { ClusterFigure, FactFigure, IndustryFigure, ParsedImport, SourceDescription } from "./types";
import { citationSources, writePeerSets, writeRankings } from "./write-extras";

export type TableChanges = { inserted: number; updated: number; unchanged: number; removed: number };
export type WriteResult = {
  sourceKey: string;
  sourceCreated: boolean;
  regionsCreated: string[];
  industriesCreated: number;
  clusters: TableChanges;
  industries: TableChanges;
  insured: TableChanges;
  establishments: TableChanges;
  facts: TableChanges;
  benchmarks: TableChanges;
  changed: boolean;
};

type Client = PrismaClient | Prisma.TransactionClient;

/** An imported file's source: the same file name imported again updates its own rows and nothing else. */
export const importSourceKey = (parsed: Pick<ParsedImport, "format" | "fileName">) =>
  `import:${parsed.format}:${parsed.fileName}`;

/** How the shipped dataset names its sources (prisma/data manifest); a user's import leaves all three unset. */
export type SourceIdentity = { key: string; description: SourceDescription; isDefault: boolean };

const factFields = [
  "regionCode",
  "geography",
  "scope",
  "metric",
  "valueAsStated",
  "valueNumber",
  "bound",
  "unit",
  "year",
  "yearAsStated",
  "benchmark",
  "wording",
  "confidence",
  "study",
  "citationKey",
] as const;

/** Cells compare by value; a list (an establishment's candidate clusters) compares element by element. */
const sameCell = (a: unknown, b: unknown): boolean =>
  Array.isArray(a) && Array.isArray(b)
    ? a.length === b.length && a.every((item, index) => item === b[index])
    : (a ?? null) === (b ?? null);

type Diff<Row> = {
  create: Row[];
  update: { id: number; data: Partial<Row> }[];
  unchanged: number;
  removeIds: number[];
};

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
    const changed = fields.filter(
      (field) => !sameCell(row[field], (current as Record<string, unknown>)[field as string]),
    );
    if (changed.length === 0) result.unchanged += 1;
    else
      result.update.push({
        id: current.id,
        data: Object.fromEntries(changed.map((field) => [field, row[field]])) as Partial<Row>,
      });
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

const withoutLine = <Row extends { line: number | null }>({ line, ...row }: Row) => row;

/**
 * Works out, and unless `apply` is false writes, the difference between the file and what its source
 * already holds: rows are upserted by their key (region, cluster or industry, year[, month]; an
 * establishment's id; a figure's key), rows the file no longer has are removed, and coverage is
 * recomputed. Run inside one transaction by the caller.
 */
export async function planAndWrite(
  db: Client,
  parsed: ParsedImport,
  reference: ImportReference,
  file: { checksum: string; apply: boolean; identity?: SourceIdentity; afterFirstWrite?: () => Promise<void> },
): Promise<WriteResult> {
  const sourceKey = file.identity?.key ?? importSourceKey(parsed);
  const source = await db.source.findUnique({
    where: { key: sourceKey },
    include: { citations: { select: { id: true, key: true } } },
  });
  const sourceId = source?.id ?? -1;
  const ownSourceIds = [sourceId, ...(source?.citations.map((citation) => citation.id) ?? [])];
  const regionsCreated = parsed.newRegions.filter((region) => !reference.regions.has(region.code));

  const industryKey = (system: string, code: string) => `${system}/${code}`;
  const neededIndustries = new Map<string, IndustryFigure>();
  for (const row of parsed.industries) neededIndustries.set(industryKey(row.system, row.code), row);
  const knownIndustries = await db.industry.findMany({
    where: { OR: [...new Set(parsed.industries.map((row) => row.system))].map((system) => ({ system })) },
    select: { id: true, system: true, code: true },
  });
  const industryIds = new Map(knownIndustries.map((row) => [industryKey(row.system, row.code), row.id]));
  const missingIndustries = [...neededIndustries.values()].filter(
    (row) => !industryIds.has(industryKey(row.system, row.code)),
  );

  const citations = citationSources(parsed.facts ?? [], sourceKey);
  // A figure's source is compared by citation key ("" = the file's own source), which stays the same across imports.
  const citationKeyOfId = new Map<number, string>([
    [sourceId, ""],
    ...(source?.citations.map((citation) => [citation.id, citation.key] as [number, string]) ?? []),
  ]);
  const facts = (parsed.facts ?? []).map(({ citation, ...fact }) => ({
    ...withoutLine(fact),
    citationKey: citation ? citations.keyOf(citation) : "",
  }));
  const [
    existingClusters,
    existingIndustries,
    existingInsured,
    existingEstablishments,
    existingFacts,
    existingBenchmarks,
  ] = await Promise.all([
    db.clusterObservation.findMany({ where: { sourceId } }),
    db.industryObservation.findMany({
      where: { sourceId },
      include: { industry: { select: { system: true, code: true } } },
    }),
    db.insuredEmployment.findMany({ where: { sourceId } }),
    db.establishment.findMany({ where: { sourceId } }),
    db.publishedFact.findMany({
      where: { OR: [{ sourceId: { in: ownSourceIds } }, { key: { in: facts.map((fact) => fact.key) } }] },
    }),
    db.benchmarkTotal.findMany({ where: { sourceId } }),
  ]);
  const foreignFact = existingFacts.find((fact) => !ownSourceIds.includes(fact.sourceId));
  if (foreignFact)
    throw new ImportError(
      `${parsed.fileName}: figure "${foreignFact.key}" is already stored from another source (id ${foreignFact.sourceId}): figure keys must be unique`,
    );

  const plans = {
    clusters: diff(
      parsed.clusters.map(withoutLine),
      existingClusters,
      (row) => `${row.regionCode}|${row.clusterCode}|${row.year}`,
      (row) => `${row.regionCode}|${row.clusterCode}|${row.year}`,
      clusterFields,
    ),
    industries: diff(
      parsed.industries.map(({ withheld, ...row }) => withoutLine(row)),
      existingIndustries.map((row) => ({ ...row, system: row.industry.system, code: row.industry.code })),
      (row) => `${row.regionCode}|${row.system}|${row.code}|${row.year}`,
      (row) => `${row.regionCode}|${row.system}|${row.code}|${row.year}`,
      industryFields,
    ),
    insured: diff(
      parsed.insured,
      existingInsured,
      (row) => `${row.regionCode}|${row.measure}|${row.sectorCode}|${row.year}|${row.month}`,
      (row) => `${row.regionCode}|${row.measure}|${row.sectorCode}|${row.year}|${row.month}`,
      insuredFields,
    ),
    establishments: diff(
      (parsed.establishments ?? []).map(withoutLine),
      existingEstablishments,
      (row) => row.externalId,
      (row) => row.externalId,
      establishmentFields,
    ),
    facts: diff(
      facts,
      existingFacts.map((fact) => ({ ...fact, citationKey: citationKeyOfId.get(fact.sourceId) ?? "" })),
      (row) => row.key,
      (row) => row.key,
      factFields,
    ),
    benchmarks: diff(
      parsed.benchmarks ?? [],
      existingBenchmarks,
      (row) => `${row.regionCode}|${row.year}|${row.clusterCode}|${row.clusterType}`,
      (row) => `${row.regionCode}|${row.year}|${row.clusterCode}|${row.clusterType}`,
      ["employment", "derivation"],
    ),
  };
  const result: WriteResult = {
    sourceKey,
    sourceCreated: !source,
    regionsCreated: regionsCreated.map((region) => region.code),
    industriesCreated: missingIndustries.length,
    clusters: changes(plans.clusters),
    industries: changes(plans.industries),
    insured: changes(plans.insured),
    establishments: changes(plans.establishments),
    facts: changes(plans.facts),
    benchmarks: changes(plans.benchmarks),
    changed: false,
  };
  const tables = [
    result.clusters,
    result.industries,
    result.insured,
    result.establishments,
    result.facts,
    result.benchmarks,
  ];
  result.changed =
    !source ||
    source.checksum !== file.checksum ||
    regionsCreated.length > 0 ||
    tables.some((table) => table.inserted + table.updated + table.removed > 0);
  if (!file.apply || !result.changed) return result;

  await createRegions(db, regionsCreated, reference);
  await createIndustries(db, missingIndustries, reference, industryIds, industryKey);
  const description = file.identity?.description ?? parsed.source;
  const sourceData = {
    title: description.title,
    publisher: description.publisher,
    year: description.year,
    url: description.url,
    licence: description.licence,
    notes: file.identity ? parsed.source.notes : description.notes,
    confidence: description.confidence ?? null,
    caveats: description.caveats ?? null,
    fileName: parsed.fileName,
    checksum: file.checksum,
    importFormat: parsed.format,
    isDefault: file.identity?.isDefault ?? false,
    importedAt: new Date(),
  };
  const saved = await db.source.upsert({
    where: { key: sourceKey },
    create: { key: sourceKey, ...sourceData },
    update: sourceData,
  });
  const citationIds = await citations.write(db, saved.id, sourceData);
  const factSource = (citationKey: string) => (citationKey === "" ? saved.id : citationIds.get(citationKey)!);
  const factData = <Row extends { citationKey?: string }>({ citationKey, ...row }: Row) =>
    citationKey === undefined ? row : { ...row, sourceId: factSource(citationKey) };

  await db.clusterObservation.deleteMany({ where: { id: { in: plans.clusters.removeIds } } });
  await db.industryObservation.deleteMany({ where: { id: { in: plans.industries.removeIds } } });
  await db.insuredEmployment.deleteMany({ where: { id: { in: plans.insured.removeIds } } });
  await db.establishment.deleteMany({ where: { id: { in: plans.establishments.removeIds } } });
  await db.publishedFact.deleteMany({ where: { id: { in: plans.facts.removeIds } } });
  await db.benchmarkTotal.deleteMany({ where: { id: { in: plans.benchmarks.removeIds } } });
  await bulkInsert(
    db,
    "ClusterObservation",
    plans.clusters.create.map((row) => ({ ...row, sourceId: saved.id })),
  );
  await file.afterFirstWrite?.();
  await bulkInsert(
    db,
    "IndustryObservation",
    plans.industries.create.map(({ system, code, ...row }) => ({
      ...row,
      industryId: industryIds.get(industryKey(system, code))!,
      sourceId: saved.id,
    })),
  );
  await bulkInsert(
    db,
    "InsuredEmployment",
    plans.insured.create.map((row) => ({ ...row, sourceId: saved.id })),
  );
  await bulkInsert(
    db,
    "Establishment",
    plans.establishments.create.map((row) => ({ ...row, sourceId: saved.id })),
  );
  await db.publishedFact.createMany({
    data: plans.facts.create.map((row) => factData(row) as Prisma.PublishedFactCreateManyInput),
  });
  await bulkInsert(
    db,
    "BenchmarkTotal",
    plans.benchmarks.create.map((row) => ({ ...row, sourceId: saved.id })),
  );
  for (const { id, data } of plans.clusters.update) await db.clusterObservation.update({ where: { id }, data });
  for (const { id, data } of plans.industries.update)
    await db.industryObservation.update({ where: { id }, data: data as Prisma.IndustryObservationUpdateInput });
  for (const { id, data } of plans.insured.update) await db.insuredEmployment.update({ where: { id }, data });
  for (const { id, data } of plans.establishments.update)
    await db.establishment.update({ where: { id }, data: data as Prisma.EstablishmentUncheckedUpdateInput });
  for (const { id, data } of plans.facts.update)
    await db.publishedFact.update({ where: { id }, data: factData(data) as Prisma.PublishedFactUncheckedUpdateInput });
  for (const { id, data } of plans.benchmarks.update) await db.benchmarkTotal.update({ where: { id }, data });
  if (parsed.rankings) await writeRankings(db, saved.id, parsed.rankings);
  if (parsed.peerSets) await writePeerSets(db, saved.id, parsed.peerSets, parsed.fileName);
  await citations.removeUnused(db, saved.id);

  const coveredSources = [saved.id, ...citationIds.values()];
  await db.coverage.deleteMany({ where: { sourceId: { in: coveredSources } } });
  await writeCoverage(db as Prisma.TransactionClient, coveredSources);
  return result;
}

/** New regions, parents before children (a municipio's state, a metro area's state). */
async function createRegions(
  db: Client,
  regions: readonly RegionDefinition[],
  reference: ImportReference,
): Promise<void> {
  const exists = new Set(reference.regions.keys());
  let pending = [...regions];
  while (pending.length > 0) {
    const ready = pending.filter((region) => region.parentCode === null || exists.has(region.parentCode));
    if (ready.length === 0)
      throw new ImportError(
        `regions ${pending.map((region) => region.code).join(", ")} name parents that do not exist`,
      );
    await db.region.createMany({
      data: ready.map((region) => ({
        ...region,
        stateCodes: region.stateCodes ?? [],
        sameAreaAs: region.sameAreaAs ?? null,
      })),
    });
    ready.forEach((region) => exists.add(region.code));
    pending = pending.filter((region) => !exists.has(region.code));
  }
}

/** Industry codes the file uses that the database does not list yet (sector and group levels), with titles and clusters. */
async function createIndustries(
  db: Client,
  missing: readonly IndustryFigure[],
  reference: ImportReference,
  ids: Map<string, number>,
  keyOf: (system: string, code: string) => string,
) {
  if (missing.length === 0) return;
  await db.industry.createMany({
    data: missing.map((row) => ({
      system: row.system,
      code: row.code,
      digits: row.code.includes("-") ? 2 : row.code.length,
      titleEn:
        row.system === "NAICS2017"
          ? (reference.naics2017Titles.get(row.code) ?? null)
          : row.system === "NAICS2012"
            ? (reference.naics2012Titles.get(row.code) ?? null)
            : null,
      titleEs: row.system === "SCIAN2018" ? (reference.scianTitles.get(row.code) ?? null) : null,
      clusterCode:
        row.system === "NAICS2017"
          ? (reference.naics2017Assignments.get(row.code)?.clusterCode ?? null)
          : row.system === "NAICS2012"
            ? (reference.clusterOfNaics2012.get(row.code) ?? null)
            : null,
    })),
    skipDuplicates: true,
  });
  const created = await db.industry.findMany({
    where: { OR: missing.map((industry) => ({ system: industry.system, code: industry.code })) },
    select: { id: true, system: true, code: true },
  });
  for (const row of created) ids.set(keyOf(row.system, row.code), row.id);
}

export type { ClusterFigure, FactFigure };
