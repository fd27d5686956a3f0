import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, setDatabase, type Database } from "../../lib/db";
import { loadDefaultDataset } from "../../lib/dataset/load-default-dataset";
import { importFile, ImportError } from "../../lib/import/import-file";
import { applyMigrations } from "../../lib/migrations";
import { getClusterRanking } from "../../lib/queries/cluster-ranking";
import { databaseKinds, type DatabaseKind } from "./harness";
import { createPgliteDir, createPostgresDatabase } from "./test-databases";

const fixtures = path.resolve("tests/fixtures/import");
const fixture = (name: string) => path.join(fixtures, name);
const saicTamaulipas = path.resolve("prisma/data/mx/inegi_saic_tamaulipas_municipios_2003_2023.csv");
const cmpCounties = path.resolve("prisma/data/us/cmp_2016_clusters_san_diego_imperial.csv");

/** Row counts of every table an import may touch: equal before and after means nothing was written. */
async function tableCounts(database: Database) {
  const { prisma } = database;
  return {
    sources: await prisma.source.count(),
    regions: await prisma.region.count(),
    industries: await prisma.industry.count(),
    clusterObservations: await prisma.clusterObservation.count(),
    industryObservations: await prisma.industryObservation.count(),
    insuredEmployment: await prisma.insuredEmployment.count(),
    establishments: await prisma.establishment.count(),
    publishedFacts: await prisma.publishedFact.count(),
    benchmarkTotals: await prisma.benchmarkTotal.count(),
    coverage: await prisma.coverage.count(),
  };
}

/** A fresh migrated and seeded database per kind: imports must not change the run's shared one. */
function withFreshDatabase(kind: DatabaseKind) {
  const state: {
    database?: Database;
    env?: { databaseUrl: string | undefined; pgliteDir: string };
    cleanup?: () => Promise<void> | void;
  } = {};
  const open = () => {
    state.database = createDatabase(state.env!);
    setDatabase(state.database);
    return state.database;
  };
  const close = async () => {
    setDatabase(undefined);
    await state.database?.prisma.$disconnect();
    await state.database?.connection.close();
    state.database = undefined;
  };
  beforeAll(async () => {
    if (kind === "postgres") {
      const created = await createPostgresDatabase("import");
      state.env = { databaseUrl: created.url, pgliteDir: "" };
      state.cleanup = created.drop;
    } else {
      const created = createPgliteDir("import");
      state.env = { databaseUrl: undefined, pgliteDir: created.dir };
      state.cleanup = created.remove;
    }
    const database = open();
    await applyMigrations(database.connection.adapterFactory);
    await loadDefaultDataset(database.prisma);
  });
  afterAll(async () => {
    await close();
    await state.cleanup?.();
  });
  return { db: () => state.database!, env: () => state.env!, open, close };
}

describe.each(databaseKinds)("importing files on %s", (kind) => {
  const { db, env, open, close } = withFreshDatabase(kind);

  it.each([
    ["bad_empty.csv", "bad_empty.csv: the file is empty"],
    [
      "bad_saic_latin1.csv",
      "bad_saic_latin1.csv:1: column 28: byte 0xED is not UTF-8 text. INEGI's SAIC exports are UTF-8: export the query again, or convert the file to UTF-8 without changing anything else.",
    ],
    [
      "bad_saic_missing_column.csv",
      'bad_saic_missing_column.csv:5: missing column "H001A Personal ocupado total" (the header has "Año Censal", "Entidad", "Municipio", "Actividad económica", "A111A Producción bruta total (millones de pesos)", "A121A Consumo intermedio (millones de pesos)", "A131A Valor agregado censal bruto (millones de pesos)", "A211A Inversión total (millones de pesos)", "A221A Formación bruta de capital fijo (millones de pesos)", "Q000A Acervo total de activos fijos (millones de pesos)")',
    ],
    [
      "bad_saic_text_in_number.csv",
      'bad_saic_text_in_number.csv:8: column "H001A Personal ocupado total": "1,2O3" is not a number',
    ],
    [
      "bad_saic_duplicate.csv",
      "bad_saic_duplicate.csv:11: duplicate of line 9: region MX, SCIAN 23, year 2023 appears twice",
    ],
    [
      "bad_saic_truncated.csv",
      "bad_saic_truncated.csv:20: 8 cells where the header has 11: the line is cut short (truncated file?)\n" +
        'bad_saic_truncated.csv:20: the file ends without INEGI\'s closing note ("Nota: para las celdas que aparecen vacías…"): it looks truncated; export it again',
    ],
    [
      "bad_tidy_unknown_region.csv",
      'bad_tidy_unknown_region.csv:3: column "region_code": "99999" is not a region code of the dashboard (e.g. 06073, 02004, us-side)',
    ],
    [
      "bad_tidy_unmapped_code.csv",
      'bad_tidy_unmapped_code.csv:3: column "industry_code": "336400" is not a NAICS2017 code',
    ],
  ])("refuses %s with the exact problem and writes nothing", async (name, message) => {
    const before = await tableCounts(db());
    const failure = await importFile(db().prisma, fixture(name)).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ImportError);
    expect((failure as Error).message).toBe(message);
    expect(await tableCounts(db())).toEqual(before);
  });

  it("lists at most 50 problems, then how many more", async () => {
    const file = path.join(fs.mkdtempSync(path.join(process.env.TMPDIR ?? "/tmp", "calibaja-")), "many_errors.csv");
    const rows = Array.from(
      { length: 60 },
      (_, index) => `06073,,NAICS2017,336411,20x${index},1,1,,Title,Publisher,https://example.org`,
    );
    fs.writeFileSync(
      file,
      `region_code,cluster_code,industry_system,industry_code,year,employment,establishments,employment_is_lower_bound,source_title,source_publisher,source_url\n${rows.join("\n")}\n`,
    );
    const message = ((await importFile(db().prisma, file).catch((error: unknown) => error)) as Error).message;
    const lines = message.split("\n");
    expect(lines).toHaveLength(51);
    expect(lines[0]).toBe('many_errors.csv:2: column "year": "20x0" is not a number');
    expect(lines[50]).toBe("… and 10 more problems (60 in all)");
  });

  it("imports INEGI's real Tamaulipas SAIC export whole, keeping confidential cells missing", async () => {
    const { prisma } = db();
    const summary = await importFile(prisma, saicTamaulipas);
    expect(summary.format).toBe("saic");
    expect(summary.rowsRead).toBe(2979);
    expect(summary.industries).toEqual({ inserted: 2979, updated: 0, unchanged: 0, removed: 0 });
    expect(summary.regionsCreated).toHaveLength(44);
    expect(summary.skipped).toEqual([{ reason: "INEGI's closing note on confidential cells", rows: 1 }]);

    const source = await prisma.source.findUniqueOrThrow({ where: { key: summary.sourceKey } });
    expect(source.checksum).toBe(crypto.createHash("sha256").update(fs.readFileSync(saicTamaulipas)).digest("hex"));
    expect(source.importFormat).toBe("saic");
    expect(source.publisher).toBe("Instituto Nacional de Estadística y Geografía");
    expect(source.year).toBe(2023);

    const cell = (regionCode: string, code: string, year: number) =>
      prisma.industryObservation.findFirstOrThrow({
        where: { sourceId: source.id, regionCode, year, industry: { system: "SCIAN2018", code } },
      });
    // Values as printed in the file (2023, Total Nacional, manufacturing; 2003, Xicoténcatl, sectors 62 and 72).
    expect((await cell("MX", "31-33", 2023)).employment).toBe(7190294);
    expect((await cell("MX", "31-33", 2023)).valueAddedMillionMxn).toBeCloseTo(5390947.292, 3);
    expect((await cell("28043", "62", 2003)).employment).toBeNull();
    expect((await cell("28043", "72", 2003)).employment).toBe(124);
    expect(await prisma.region.findUniqueOrThrow({ where: { code: "28043" } })).toMatchObject({
      nameEs: "Xicoténcatl",
      kind: "municipio",
      parentCode: "28",
      country: "MX",
    });
    expect(
      await prisma.coverage.count({ where: { sourceId: source.id, regionCode: "28043", topic: "industries" } }),
    ).toBe(5);
  });

  it("re-importing the same file changes nothing and says so", async () => {
    const { prisma } = db();
    const before = await tableCounts(db());
    const importedAt = (await prisma.source.findFirstOrThrow({ where: { importFormat: "saic" } })).importedAt;
    const summary = await importFile(prisma, saicTamaulipas);
    expect(summary.changed).toBe(false);
    expect(summary.industries).toEqual({ inserted: 0, updated: 0, unchanged: 2979, removed: 0 });
    expect(await tableCounts(db())).toEqual(before);
    expect((await prisma.source.findFirstOrThrow({ where: { importFormat: "saic" } })).importedAt).toEqual(importedAt);
  });

  it("a dry run reports what would change and writes nothing", async () => {
    const before = await tableCounts(db());
    const summary = await importFile(db().prisma, cmpCounties, { dryRun: true });
    expect(summary.clusters).toEqual({ inserted: 201, updated: 0, unchanged: 0, removed: 0 });
    expect(await tableCounts(db())).toEqual(before);
  });

  it("a CMP file: the U.S. side is summed and its LQs match the shipped dataset's", async () => {
    const { prisma } = db();
    const summary = await importFile(prisma, cmpCounties);
    expect(summary.clusters.inserted).toBe(134 + 67);
    const imported = await prisma.clusterObservation.findMany({
      where: { source: { key: summary.sourceKey }, regionCode: "us-side" },
    });
    const shipped = new Map(
      (
        await prisma.clusterObservation.findMany({
          where: { source: { key: "cmp-2016-counties" }, regionCode: "us-side" },
        })
      ).map((row) => [row.clusterCode, row]),
    );
    expect(imported).toHaveLength(67);
    for (const row of imported) {
      const reference = shipped.get(row.clusterCode)!;
      expect(row.employment).toBe(reference.employment);
      expect(row.employmentReported).toBe(reference.employmentReported);
      expect(row.locationQuotient).toBeCloseTo(reference.locationQuotient!, 9);
      expect(row.lqBenchmarkCode).toBe("US");
      expect(row.lqPublished).toBe(false);
    }
  });

  it("a CBP county file and the same rows as a Census API answer give the same figures", async () => {
    const { prisma } = db();
    const county = await importFile(prisma, fixture("cbp20co_cut.txt"));
    const api = await importFile(prisma, fixture("cbp_api_2020_cut.json"), { year: 2020 });
    expect(county.format).toBe("cbp-county");
    expect(api.format).toBe("cbp-api");
    expect(county.rowsRead).toBe(174);
    expect(
      await prisma.industryObservation.count({
        where: { source: { key: county.sourceKey }, regionCode: { in: ["06073", "06025"] } },
      }),
    ).toBe(174);
    // The U.S. side gets an industry total only where both counties publish one.
    const sideIndustries = await prisma.industryObservation.findMany({
      where: { source: { key: county.sourceKey }, regionCode: "us-side" },
      include: { industry: true },
    });
    expect(county.industries.inserted).toBe(174 + sideIndustries.length);
    expect(sideIndustries.length).toBeGreaterThan(0);
    for (const side of sideIndustries) {
      const parts = await prisma.industryObservation.findMany({
        where: {
          source: { key: county.sourceKey },
          regionCode: { in: ["06073", "06025"] },
          industryId: side.industryId,
        },
      });
      expect(parts).toHaveLength(2);
      expect(side.employment).toBe(parts.reduce((total, row) => total + row.employment!, 0));
    }
    const figures = async (sourceKey: string) =>
      (
        await prisma.clusterObservation.findMany({
          where: { source: { key: sourceKey } },
          orderBy: [{ regionCode: "asc" }, { clusterCode: "asc" }],
        })
      ).map(
        ({
          regionCode,
          clusterCode,
          employment,
          establishments,
          payrollThousandUsd,
          employmentIsLowerBound,
          pandemicFlag,
          locationQuotient,
        }) => ({
          regionCode,
          clusterCode,
          employment,
          establishments,
          payrollThousandUsd,
          employmentIsLowerBound,
          pandemicFlag,
          locationQuotient,
        }),
      );
    const fromCounty = await figures(county.sourceKey);
    expect(fromCounty).toEqual(await figures(api.sourceKey));
    expect(
      fromCounty.every((row) => row.employmentIsLowerBound && row.pandemicFlag && row.locationQuotient === null),
    ).toBe(true);

    // Each county's cluster sum equals its six-digit industries summed by the seeded industry→cluster table.
    const sums = await prisma.industryObservation.groupBy({
      by: ["regionCode"],
      where: { source: { key: county.sourceKey }, industry: { digits: 6, clusterCode: 21 } },
      _sum: { employment: true },
    });
    for (const sum of sums) {
      expect(fromCounty.find((row) => row.regionCode === sum.regionCode && row.clusterCode === 21)?.employment).toBe(
        sum._sum.employment,
      );
    }
    const side = fromCounty.find((row) => row.regionCode === "us-side" && row.clusterCode === 21)!;
    expect(side.employment).toBe(sums.reduce((total, sum) => total + (sum._sum.employment ?? 0), 0));
  });

  it("a partial file never hides a fuller sum already stored: the ranking keeps the highest lower bound", async () => {
    const { prisma } = db();
    const before = (await getClusterRanking({ region: "06073", year: 2021, type: "all" })).map((row) => [
      row.clusterCode,
      row.employment,
    ]);
    const summary = await importFile(prisma, fixture("tidy_cbp_2021_example.csv"));
    expect(summary.format).toBe("tidy");
    expect(summary.industries.inserted).toBe(3);
    expect(summary.clusters.inserted).toBeGreaterThan(0);
    const after = (await getClusterRanking({ region: "06073", year: 2021, type: "all" })).map((row) => [
      row.clusterCode,
      row.employment,
    ]);
    expect(after).toEqual(before);
  });

  it("IMSS monthly file: Tijuana adds A08 and Z31, Mexicali A06 and Z32, at IMSS's own divisions", async () => {
    const { prisma } = db();
    const summary = await importFile(prisma, fixture("synthetic_asg-2024-01-31.csv"));
    expect(summary.format).toBe("imss");
    const jobs = async (regionCode: string, sectorCode: string) =>
      (
        await prisma.insuredEmployment.findFirst({
          where: { source: { key: summary.sourceKey }, regionCode, sectorCode, year: 2024, month: 1 },
        })
      )?.value;
    expect(await jobs("02004", "2-3")).toBe(1150 + 790);
    expect(await jobs("02004", "6")).toBe(300);
    expect(await jobs("02002", "2-3")).toBe(480 + 100 + 0);
    expect(await jobs("02", "0")).toBe(390 + 70);
    expect(await jobs("mx-side", "0")).toBe(390);
    expect(await jobs("MX", "6")).toBe(300 + 1);
    expect(
      await prisma.coverage.count({ where: { source: { key: summary.sourceKey }, topic: "insured-employment" } }),
    ).toBeGreaterThan(0);
  });

  it("an import killed in the middle of its transaction leaves the database as it was", async () => {
    const before = await tableCounts(db());
    // PGlite has one owner: the test lets go of it while the import process runs.
    await close();
    const child = spawn(
      process.execPath,
      ["--no-warnings", "--import", "tsx", "scripts/import.ts", fixture("saic_tamaulipas_cut.csv")],
      {
        env: {
          ...process.env,
          DATABASE_URL: env().databaseUrl ?? "",
          PGLITE_DIR: env().pgliteDir || ".data/unused",
          CALIBAJA_IMPORT_PAUSE_MS: "120000",
        },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let output = "";
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes("first rows written")) resolve();
      });
      child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
      child.on("exit", (code) => reject(new Error(`import exited (${code}) before pausing:\n${output}`)));
    });
    const exited = new Promise((resolve) => child.on("exit", resolve));
    child.kill("SIGKILL");
    await exited;
    const database = open();
    expect(await tableCounts(database)).toEqual(before);
    expect(await database.prisma.source.count({ where: { fileName: "saic_tamaulipas_cut.csv" } })).toBe(0);
    // And the file imports cleanly afterwards.
    const summary = await importFile(database.prisma, fixture("saic_tamaulipas_cut.csv"));
    expect(summary.industries.inserted).toBe(111);
  });
});
