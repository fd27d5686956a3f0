import fs from "node:fs";
import { parse } from "csv-parse/sync";
import { expect, test, type Page } from "@playwright/test";
import { expectedClusters } from "./support/expected";

async function download(page: Page, testId: string) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).click()]);
  const bytes = fs.readFileSync(await file.path());
  return { name: file.suggestedFilename(), bytes, text: bytes.toString("utf8") };
}

const parseCsv = (text: string) => parse(text, { columns: true, bom: true }) as Record<string, string>[];

async function tableRows(page: Page, chart: string) {
  await page.getByTestId(`${chart}-table-toggle`).click();
  return page
    .getByTestId(`${chart}-table`)
    .locator("tbody tr")
    .evaluateAll((rows) =>
      rows.map((row) => ({
        code: Number(row.getAttribute("data-cluster-code")),
        values: [...row.querySelectorAll("td[data-value]")].map((cell) => cell.getAttribute("data-value")),
      })),
    );
}

for (const locale of ["en", "es"] as const) {
  test(`the concentration chart's CSV holds exactly its rows (${locale})`, async ({ page }) => {
    const expected = await expectedClusters("us-side", 2016);
    await page.goto(`${locale === "es" ? "/es" : ""}/?top=10`);
    const file = await download(page, "lq-ranking-csv");
    expect(file.name).toBe(`calibaja-clusters-by-lq-2016-us-side-top-10-min-1000-jobs-${locale}.csv`);
    expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(file.text).toContain("\r\n");
    const rows = parseCsv(file.text);
    const [code, lq, jobs, name] =
      locale === "es"
        ? ["codigo_cluster", "cociente_localizacion", "empleo_empleos", "nombre_cluster"]
        : ["cluster_code", "location_quotient", "employment_jobs", "cluster_name"];
    const table = await tableRows(page, "lq-ranking");
    expect(rows.map((row) => [Number(row[code]), Number(row[lq]), Number(row[jobs])])).toEqual(
      table.map((row) => [row.code, Number(row.values[0]), Number(row.values[1])]),
    );
    expect(rows.map((row) => [Number(row[code]), Number(row[lq])])).toEqual(
      expected.byLq
        .filter((row) => row.employment! >= 1000)
        .slice(0, 10)
        .map((row) => [row.clusterCode, row.locationQuotient]),
    );
    expect(rows[0]![name]).toBe(locale === "es" ? "Transporte por agua" : "Water Transportation");
  });
}

test("the employment chart's CSV follows the thresholds on screen, and quotes names with commas", async ({ page }) => {
  await page.goto("/?t1=5000&t2=50000&year=2016&top=all");
  const file = await download(page, "employment-ranking-csv");
  expect(file.name).toBe("calibaja-clusters-by-employment-2016-us-side-all-largest-thresholds-5000-50000-en.csv");
  expect(file.text).toContain('"Local Real Estate, Construction, and Development"');
  const rows = parseCsv(file.text);
  const table = await tableRows(page, "employment-ranking");
  expect(rows.map((row) => Number(row.cluster_code))).toEqual(table.map((row) => row.code));
  const sentence = await page.getByTestId("threshold-sentence").textContent();
  const count = (column: string) => rows.filter((row) => row[column] === "true").length;
  // With every cluster shown, the sentence's counts are the CSV's.
  expect(sentence).toBe(
    `In 2016, ${count("clears_threshold_1")} of the region's 67 clusters employ 5,000 people or more, and ${count("clears_threshold_2")} employ 50,000 or more.`,
  );
});

// One or two downloads per test: each test has a fresh browser context, and Chromium may hold
// back a run of downloads from one origin.
test("the clusters table downloads its rows in their order", async ({ page }) => {
  await page.goto("/clusters?sort=employment&q=local");
  const clusters = parseCsv((await download(page, "clusters-csv")).text);
  const shown = await page
    .getByTestId("clusters-table")
    .locator("tbody tr")
    .evaluateAll((rows) => rows.map((row) => Number(row.getAttribute("data-cluster-code"))));
  expect(clusters.map((row) => Number(row.cluster_code))).toEqual(shown);
});

test("a cluster page's tables download their rows", async ({ page }) => {
  await page.goto("/clusters/50");
  const observations = parseCsv((await download(page, "cluster-observations-csv")).text);
  await expect(page.getByTestId("cluster-observations").locator("tbody tr")).toHaveCount(observations.length);
  const byRegion = parseCsv((await download(page, "cluster-lq-csv")).text);
  await page.getByTestId("cluster-lq-by-region-table-toggle").click();
  await expect(page.getByTestId("cluster-lq-by-region-table").locator("tbody tr")).toHaveCount(byRegion.length);
  expect(byRegion.map((row) => row.region_code)).toEqual(["06073", "us-side", "CA", "06025"]);
});

test("a cluster's industries download", async ({ page }) => {
  await page.goto("/clusters/50");
  const industryRows = parseCsv((await download(page, "cluster-industries-csv")).text);
  await expect(page.getByTestId("cluster-industries").locator("tbody tr")).toHaveCount(
    new Set(industryRows.map((row) => row.industry_code)).size,
  );
});

test("the overview's trend cards and binational ranking download", async ({ page }) => {
  await page.goto("/");
  const trends = parseCsv((await download(page, "trends-csv")).text);
  expect(new Set(trends.map((row) => row.cluster_code)).size).toBe(6);
  const industries = parseCsv((await download(page, "top-industries-csv")).text);
  expect(new Set(industries.map((row) => row.rank)).size).toBe(10);
});

test("a region's portfolio and published figures download", async ({ page }) => {
  await page.goto("/regions/us-side");
  const portfolio = parseCsv((await download(page, "portfolio-csv")).text);
  await page.getByTestId("portfolio-table-toggle").click();
  await expect(page.getByTestId("portfolio-table").locator("tbody tr")).toHaveCount(portfolio.length);
  const facts = parseCsv((await download(page, "facts-csv")).text);
  await expect(page.getByTestId("region-facts").locator("li")).toHaveCount(facts.length);
});

test("a region's coverage downloads", async ({ page }) => {
  await page.goto("/regions/us-side");
  const coverage = parseCsv((await download(page, "coverage-csv")).text);
  // The table shows one line per region and source with its years; the file has one row per year and topic.
  const years = new Map<string, { source: string; years: Set<string> }>();
  for (const row of coverage) {
    const key = `${row.region_code}|${row.source}`;
    const entry = years.get(key) ?? { source: row.source!, years: new Set<string>() };
    entry.years.add(row.year!);
    years.set(key, entry);
  }
  const expected = [...years.values()].map((entry) => `${entry.source} | ${[...entry.years].sort().join(", ")}`).sort();
  const shown = await page
    .getByTestId("coverage")
    .locator("tbody tr")
    .evaluateAll((rows) => rows.map((row) => `${row.children[1]!.textContent} | ${row.children[2]!.textContent}`));
  expect(shown.sort()).toEqual(expected);
});

test("the Mexican-side context table downloads in Spanish", async ({ page }) => {
  await page.goto("/es/regions/02004");
  const sectors = parseCsv((await download(page, "mexico-sectors-csv")).text);
  expect(sectors).toHaveLength(95);
  expect(sectors.find((row) => row.codigo_industria === "31-33" && row.anio === "2003")?.empleo_empleos).toBe(
    "4198579",
  );
});
