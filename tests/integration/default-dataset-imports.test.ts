import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { createDatabase, type Database } from "../../lib/db";
import { dataDir } from "../../lib/dataset/files";
import { loadReferenceTables } from "../../lib/dataset/load-default-dataset";
import { importedEntries } from "../../lib/dataset/manifest";
import { importFile, ImportError } from "../../lib/import/import-file";
import { applyMigrations } from "../../lib/migrations";
import { databaseKinds, seededEnv, type DatabaseKind } from "./harness";
import { createPgliteDir, createPostgresDatabase } from "./test-databases";

const fixture = (name: string) => path.resolve("tests/fixtures/import", name);

/**
 * Every stored row, with its source replaced by the file it came from (a citation by its file's), so a
 * database loaded by the seed and one loaded by importing the same files can be compared row by row.
 */
async function rowsByFile(prisma: PrismaClient) {
  const sources = await prisma.source.findMany({ select: { id: true, fileName: true, parentId: true } });
  const byId = new Map(sources.map((source) => [source.id, source]));
  const fileOf = (id: number) => {
    const source = byId.get(id)!;
    return source.parentId === null ? source.fileName : byId.get(source.parentId)!.fileName;
  };
  const tidy = <Row extends { id?: number; sourceId: number }>(rows: Row[]) =>
    rows.map(({ id, sourceId, ...row }) => JSON.stringify({ file: fileOf(sourceId), ...row })).sort();
  const industries = await prisma.industryObservation.findMany({
    include: { industry: { select: { system: true, code: true } } },
  });
  const rankings = await prisma.industryRanking.findMany({
    include: { members: { select: { naics2012Code: true, clusterCode: true, subclusterId: true } } },
  });
  return {
    regions: (await prisma.region.findMany({ orderBy: { code: "asc" } })).map((region) => JSON.stringify(region)),
    clusters: tidy(await prisma.clusterObservation.findMany()),
    industries: tidy(industries.map(({ industryId, ...row }) => row)),
    insured: tidy(await prisma.insuredEmployment.findMany()),
    establishments: tidy(await prisma.establishment.findMany()),
    facts: tidy(await prisma.publishedFact.findMany()),
    benchmarks: tidy(await prisma.benchmarkTotal.findMany()),
    rankings: tidy(
      rankings.map(({ members, ...ranking }) => ({
        ...ranking,
        members: members.map((member) => JSON.stringify(member)).sort(),
      })),
    ),
  };
}

async function tableCounts(prisma: PrismaClient) {
  return {
    sources: await prisma.source.count(),
    regions: await prisma.region.count(),
    clusterObservations: await prisma.clusterObservation.count(),
    industryObservations: await prisma.industryObservation.count(),
    insuredEmployment: await prisma.insuredEmployment.count(),
    establishments: await prisma.establishment.count(),
    benchmarkTotals: await prisma.benchmarkTotal.count(),
    coverage: await prisma.coverage.count(),
  };
}

describe.each(databaseKinds)("the shipped files imported one by one on %s", (kind: DatabaseKind) => {
  let fresh: Database;
  let seeded: Database;
  let cleanup: () => Promise<void> | void;
  beforeAll(async () => {
    if (kind === "postgres") {
      const created = await createPostgresDatabase("manifest");
      fresh = createDatabase({ databaseUrl: created.url, pgliteDir: "" });
      cleanup = created.drop;
    } else {
      const created = createPgliteDir("manifest");
      fresh = createDatabase({ databaseUrl: undefined, pgliteDir: created.dir });
      cleanup = created.remove;
    }
    await applyMigrations(fresh.connection.adapterFactory);
    await loadReferenceTables(fresh.prisma);
    seeded = createDatabase(seededEnv(kind));
  });
  afterAll(async () => {
    for (const database of [fresh, seeded]) {
      await database?.prisma.$disconnect();
      await database?.connection.close();
    }
    await cleanup?.();
  });

  it.each([
    [
      "bad_denue_size_band.csv",
      'bad_denue_size_band.csv:4: column "per_ocu": "más de 250 personas" is not a DENUE size band (one of "0 a 5 personas", "6 a 10 personas", "11 a 30 personas", "31 a 50 personas", "51 a 100 personas", "101 a 250 personas", "251 y más personas")',
    ],
    [
      "bad_imss_aggregate_unknown_code.csv",
      'bad_imss_aggregate_unknown_code.csv:4: column "munid_imss": "ZZ9" is not an IMSS municipio code (see IMSS\'s catalogue, prisma/data/mx/imss/imss_catalogo_entidad_municipio.csv)',
    ],
    [
      "bad_cmp_truncated.csv.gz",
      "bad_cmp_truncated.csv.gz: the gzip data ends early (unexpected end of file): the file looks truncated; download it again",
    ],
    [
      "bad_cmp_cbsa_duplicate.csv",
      "bad_cmp_cbsa_duplicate.csv:5: duplicate of line 3: region cbsa-38420, cluster 115, year 2016 appears twice",
    ],
  ])("refuses %s with the exact problem and writes nothing", async (name, message) => {
    const before = await tableCounts(fresh.prisma);
    const failure = await importFile(fresh.prisma, fixture(name)).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ImportError);
    expect((failure as Error).message).toBe(message);
    expect(await tableCounts(fresh.prisma)).toEqual(before);
  });

  it("gives exactly the rows the seed gives, table by table", async () => {
    for (const entry of importedEntries) {
      const summary = await importFile(fresh.prisma, path.join(dataDir, entry.file), { year: entry.year });
      expect(summary.format, entry.file).toBe(entry.format);
      expect(summary.sourceKey).toBe(`import:${entry.format}:${path.basename(entry.file)}`);
    }
    const imported = await rowsByFile(fresh.prisma);
    const shipped = await rowsByFile(seeded.prisma);
    for (const table of Object.keys(shipped) as (keyof typeof shipped)[]) {
      expect(imported[table].length, table).toBe(shipped[table].length);
      expect(imported[table], table).toEqual(shipped[table]);
    }
    expect(shipped.clusters.length).toBeGreaterThan(65_000);
  });
});
