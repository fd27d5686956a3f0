import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { summariseSeries } from "../../lib/calculations/series";
import { createDatabase, setDatabase, type Database } from "../../lib/db";
import { loadDefaultDataset } from "../../lib/dataset/load-default-dataset";
import { importFile } from "../../lib/import/import-file";
import { applyMigrations } from "../../lib/migrations";
import { getClusterIndustryEmployment } from "../../lib/queries/cluster-detail";
import { getClusterRanking, getPublishedTotal } from "../../lib/queries/cluster-ranking";
import { getRegionPortfolio } from "../../lib/queries/portfolio";
import { getBinationalTopIndustries } from "../../lib/queries/top-industries";
import { getEmploymentSeries } from "../../lib/queries/trends";
import { databaseKinds, withSeededDatabase, type DatabaseKind } from "./harness";
import { createPgliteDir, createPostgresDatabase } from "./test-databases";

describe.each(databaseKinds)("the rules that keep figures honest, on %s", (kind) => {
  withSeededDatabase(kind);

  it("measures Aerospace's change only within CBP, from 2018 (2017's sum includes withheld cells) to 2023", async () => {
    const [series] = await getEmploymentSeries(["06073"], [1]);
    const { latest, span, apart, breaks } = summariseSeries(series!.points);
    // Independent sums of the files' six-digit rows: 2017 = 4,796 with 2 withheld cells, 2018 = 15,633, 2023 = 13,496.
    expect([latest?.year, latest?.value]).toEqual([2023, 13496]);
    expect([span?.from.year, span?.from.value, span?.change]).toEqual([2018, 15633, 13496 - 15633]);
    expect(apart.map((point) => [point.year, point.value, point.withheldCells, point.basis])).toEqual([
      [2016, 14257, 0, "cmp_with_imputation"],
      [2017, 4796, 2, "published_cells_sum"],
    ]);
    expect(breaks).toEqual([2017, 2018]);
  });

  it("shows Imperial's 2016 aerospace jobs as CMP published them (1,760, all imputed), never as 'at least 0'", async () => {
    const [series] = await getEmploymentSeries(["06025"], [1]);
    expect(series!.points.map((point) => [point.year, point.value, point.reported])).toEqual([[2016, 1760, 0]]);
    expect(summariseSeries(series!.points).span).toBeNull();
  });

  it("keeps missing wages missing and lists the clusters the portfolio cannot place", async () => {
    const { points, leftOut } = await getRegionPortfolio("06025", 2016, "wage");
    expect(points.every((point) => point.y > 0)).toBe(true);
    expect(leftOut.find((row) => row.clusterCode === 31)).toMatchObject({ reason: "noWage" });
    // Every cluster of the year is either plotted or listed apart.
    expect(points.length + leftOut.length).toBe(
      (await getClusterRanking({ region: "06025", year: 2016, type: "all" })).length,
    );
  });
});

/** Every figure a page shows for these views, to compare before and after an import. */
async function figuresOnPages() {
  const ranking = async (region: string, year: number) =>
    (await getClusterRanking({ region, year, type: "all" })).map((row) => [
      row.clusterCode,
      row.employment,
      row.locationQuotient,
    ]);
  return {
    sanDiego2021: await ranking("06073", 2021),
    side2019: await ranking("us-side", 2019),
    side2016: await ranking("us-side", 2016),
    topIndustries: (await getBinationalTopIndustries()).map((entry) => [
      entry.naicsCode,
      entry.usSideEmployment.map((cell) => [cell.year, cell.employment]),
    ]),
    ships: (await getClusterIndustryEmployment(50)).map((row) => [
      row.regionCode,
      row.year,
      row.industry.code,
      row.employment,
    ]),
    total2019: (await getPublishedTotal("us-side", 2019))?.employment,
  };
}

describe.each(databaseKinds)("one source per cell, on %s", (kind: DatabaseKind) => {
  let database: Database;
  let cleanup: () => Promise<void> | void;
  beforeAll(async () => {
    if (kind === "postgres") {
      const created = await createPostgresDatabase("precedence");
      database = createDatabase({ databaseUrl: created.url, pgliteDir: "" });
      cleanup = created.drop;
    } else {
      const created = createPgliteDir("precedence");
      database = createDatabase({ databaseUrl: undefined, pgliteDir: created.dir });
      cleanup = created.remove;
    }
    setDatabase(database);
    await applyMigrations(database.connection.adapterFactory);
    await loadDefaultDataset(database.prisma);
  });
  afterAll(async () => {
    setDatabase(undefined);
    await database?.prisma.$disconnect();
    await database?.connection.close();
    await cleanup?.();
  });

  it("importing a CBP year already shipped, or a tidy file repeating shipped cells, changes no figure on any page", async () => {
    const before = await figuresOnPages();
    const copy = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "calibaja-precedence-")), "cbp_2018_2019_copy.csv");
    fs.copyFileSync(path.resolve("prisma/data/us/cbp_2018_2019_san_diego_imperial_naics2017.csv"), copy);
    const summary = await importFile(database.prisma, copy);
    expect(summary.industries.inserted).toBeGreaterThan(4000);
    // A one-row tidy file with a shipped 2019 cell (San Diego, NAICS 336611, ship building) repeated as is.
    const shipped = await database.prisma.industryObservation.findFirstOrThrow({
      where: {
        regionCode: "06073",
        year: 2019,
        industry: { system: "NAICS2017", code: "336611" },
        source: { key: "cbp-2018-2019" },
      },
    });
    const tidy = path.join(path.dirname(copy), "tidy_repeat.csv");
    fs.writeFileSync(
      tidy,
      `region_code,cluster_code,industry_system,industry_code,year,employment,establishments,employment_is_lower_bound,source_title,source_publisher,source_url\n06073,,NAICS2017,336611,2019,${shipped.employment},${shipped.establishments},,CBP 2019 re-keyed,U.S. Census Bureau,https://www.census.gov/programs-surveys/cbp.html\n`,
    );
    await importFile(database.prisma, tidy);
    expect(await figuresOnPages()).toEqual(before);
  });
});
