import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, type Database } from "../../lib/db";
import { loadDefaultDataset } from "../../lib/dataset/load-default-dataset";
import { importFile } from "../../lib/import/import-file";
import { applyMigrations } from "../../lib/migrations";
import { createPgliteDir, createPostgresDatabase, databaseKinds } from "../integration/test-databases";

/** The probe's hostile import inputs (tests/fixtures/import/hostile/), each against a seeded database. */
const hostile = (name: string) => path.resolve("tests/fixtures/import/hostile", name);
const thisYear = new Date().getFullYear();
const refused: [file: string, message: string][] = [
  [
    "tidy_extra_cell.csv",
    "tidy_extra_cell.csv:3: 12 cells where the header has 11: the line has cells no column names (an unquoted comma or a shifted row?)",
  ],
  [
    "tidy_negative_employment.csv",
    'tidy_negative_employment.csv:3: column "employment": "-5" is out of range for a count (0 to 2.147483647e+9)',
  ],
  ["tidy_year_0.csv", `tidy_year_0.csv:3: column "year": "0" is not a year the sources cover (1990 to ${thisYear})`],
  [
    "tidy_year_minus_2016.csv",
    `tidy_year_minus_2016.csv:3: column "year": "-2016" is not a year the sources cover (1990 to ${thisYear})`,
  ],
  [
    "tidy_year_99999.csv",
    `tidy_year_99999.csv:3: column "year": "99999" is not a year the sources cover (1990 to ${thisYear})`,
  ],
  [
    "tidy_employment_over_integer_limit.csv",
    'tidy_employment_over_integer_limit.csv:3: column "employment": "3000000000" is out of range for a count (0 to 2.147483647e+9)',
  ],
  [
    "cmp_payroll_1e308.csv",
    'cmp_payroll_1e308.csv:4: column "ap_tl": "1e308" is out of range for an amount (0 to 1e+15)',
  ],
  ["cmp_lq_1e309.csv", 'cmp_lq_1e309.csv:4: column "lq_tf": "1e309" is not a finite number'],
];

async function tableCounts({ prisma }: Database) {
  return {
    sources: await prisma.source.count(),
    regions: await prisma.region.count(),
    clusterObservations: await prisma.clusterObservation.count(),
    industryObservations: await prisma.industryObservation.count(),
    coverage: await prisma.coverage.count(),
  };
}

describe.each(databaseKinds)("the hostile import corpus on %s", (kind) => {
  let database: Database;
  let cleanup: () => Promise<void> | void;
  beforeAll(async () => {
    if (kind === "postgres") {
      const created = await createPostgresDatabase("corpus");
      database = createDatabase({ databaseUrl: created.url, pgliteDir: "" });
      cleanup = created.drop;
    } else {
      const created = createPgliteDir("corpus");
      database = createDatabase({ databaseUrl: undefined, pgliteDir: created.dir });
      cleanup = created.remove;
    }
    await applyMigrations(database.connection.adapterFactory);
    await loadDefaultDataset(database.prisma);
  }, 300_000);
  afterAll(async () => {
    await database.prisma.$disconnect();
    await database.connection.close();
    await cleanup();
  });

  it("covers every file of the corpus", () => {
    expect(fs.readdirSync(path.resolve("tests/fixtures/import/hostile")).sort()).toEqual(
      [...refused.map(([file]) => file), "cmp_alternating_endings.csv", "cmp_crlf_header_lf_rows.csv"].sort(),
    );
  });

  it.each(refused)("%s: refused with the exact message, nothing written", async (file, message) => {
    const before = await tableCounts(database);
    const failure = await importFile(database.prisma, hostile(file)).catch((error: Error) => error);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toBe(message);
    expect(await tableCounts(database)).toEqual(before);
  });

  it.each(["cmp_crlf_header_lf_rows.csv", "cmp_alternating_endings.csv"])(
    "%s: every one of the 134 rows read, whatever the line endings",
    async (file) => {
      const summary = await importFile(database.prisma, hostile(file), { dryRun: true });
      expect(summary.rowsRead).toBe(134);
    },
  );
});
