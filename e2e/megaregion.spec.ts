import fs from "node:fs";
import { parse } from "csv-parse/sync";
import { expect, test, type Page } from "@playwright/test";
import { enUS, esMX } from "./support/expected";

async function download(page: Page, testId: string) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).click()]);
  return {
    name: file.suggestedFilename(),
    rows: parse(fs.readFileSync(await file.path(), "utf8"), { columns: true, bom: true }) as Record<string, string>[],
  };
}

test("the mega-region page shows both sides' manufacturing in one reference month, each bar with its measure, never summed", async ({
  page,
}) => {
  await page.goto("/regions/calibaja");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("CaliBaja Mega-Region");
  const chart = page.locator('[data-chart="manufacturing-both-sides"]');
  await expect(chart.getByRole("heading", { level: 2 })).toContainText(
    "Manufacturing on both sides of the border, Mar 2020",
  );
  await expect(chart).toContainText("never added into one mega-region figure");
  await chart.getByTestId("manufacturing-both-sides-table-toggle").click();
  const table = page.getByTestId("manufacturing-rows");
  // Tijuana: IMSS A08 + Z31, March 2020. San Diego: the sum of CBP 2020's published six-digit manufacturing rows.
  await expect(table.locator('tr[data-region="02004"]')).toContainText(enUS.format(253580));
  await expect(table.locator('tr[data-region="02004"]')).toContainText("IMSS permanent workers, Mar 2020");
  await expect(table.locator('tr[data-region="06073"]')).toContainText(`≥ ${enUS.format(97800)}`);
  await expect(table.locator('tr[data-region="06073"]')).toContainText("CBP employees, Mar 2020");
  await expect(page.locator("body")).not.toContainText(enUS.format(253580 + 97800));
});

test("the population card shows one value and says the sources differ, listing them", async ({ page }) => {
  await page.goto("/regions/calibaja");
  const card = page.getByTestId("headline-population");
  await expect(card.locator(".stat-value")).toHaveCount(1);
  await card.getByTestId("sources-differ").click();
  await expect(card.locator("li")).toHaveCount(3);
});

test("the large-plant chart counts Tijuana's distinct establishments, and its CSV holds the chart's rows", async ({
  page,
}) => {
  await page.goto("/regions/calibaja?plants=02004");
  const frame = page.locator('[data-chart="large-plants-02004"]');
  await expect(frame).toContainText("365");
  await frame.getByTestId("large-plants-02004-table-toggle").click();
  const shown = await page
    .getByTestId("large-plants-table-02004")
    .locator("tbody tr")
    .evaluateAll((trs) =>
      trs.map((tr) => [tr.getAttribute("data-cluster-code"), tr.querySelector("td")!.getAttribute("data-value")]),
    );
  const file = await download(page, "large-plants-csv-02004");
  const byCluster = file.rows.filter((row) => row.cluster_code !== "");
  expect(byCluster.map((row) => [row.cluster_code, row.large_establishments])).toEqual(shown);
  expect(file.rows.reduce((sum, row) => sum + Number(row.large_establishments), 0)).toBe(365);
});

for (const locale of ["en", "es"] as const) {
  test(`the manufacturing and both-sides CSVs equal their tables (${locale})`, async ({ page }) => {
    await page.goto(`${locale === "es" ? "/es" : ""}/regions/calibaja`);
    const chart = page.locator('[data-chart="manufacturing-both-sides"]');
    await chart.getByTestId("manufacturing-both-sides-table-toggle").click();
    const shown = await page
      .getByTestId("manufacturing-rows")
      .locator("tbody tr")
      .evaluateAll((trs) =>
        trs.map((tr) => [
          tr.getAttribute("data-region"),
          tr.querySelector("td[data-value]")!.getAttribute("data-value"),
        ]),
      );
    const file = await download(page, "manufacturing-csv");
    const [code, value] = locale === "es" ? ["codigo_region", "valor"] : ["region_code", "value"];
    expect(file.rows.map((row) => [row[code], row[value]])).toEqual(shown);
    expect(file.name).toBe(`calibaja-manufacturing-both-sides-2020-03-${locale}.csv`);
    const both = await download(page, "both-sides-csv");
    await page.locator('[data-chart="both-sides"]').getByTestId("both-sides-table-toggle").click();
    const tableRows = await page
      .getByTestId("both-sides-rows")
      .locator("tbody tr")
      .evaluateAll((trs) => trs.map((tr) => [tr.getAttribute("data-cluster-code"), tr.getAttribute("data-both")]));
    // Yes/no cells are in the file's language (verdadero / falso in Spanish).
    const yesNo: Record<string, string> = { verdadero: "true", falso: "false", true: "true", false: "false" };
    expect(
      both.rows.map((row) => [
        row[locale === "es" ? "codigo_cluster" : "cluster_code"],
        yesNo[row[locale === "es" ? "fuerte_en_ambos_lados" : "strong_on_both_sides"]!],
      ]),
    ).toEqual(tableRows);
    if (locale === "es")
      expect(new Set(both.rows.map((row) => row.fuerte_en_ambos_lados))).toEqual(new Set(["verdadero", "falso"]));
  });
}

test("clusters strong on both sides: a scatter of the two measures, the table behind it, and a slide", async ({
  page,
}) => {
  await page.goto("/regions/calibaja");
  const frame = page.locator('[data-chart="both-sides"]');
  await expect(frame.getByRole("heading", { level: 2 })).toHaveText("Clusters strong on both sides");
  await expect(frame).toContainText("location quotient in 2016");
  // One bubble per cluster with a U.S. LQ; Aerospace is labelled among the clusters strong on both sides.
  await expect(frame.getByTestId("bubble-labels")).toContainText("Aerospace Vehicles and Defense");
  await frame.getByTestId("both-sides-table-toggle").click();
  const rows = frame.getByTestId("both-sides-rows");
  await expect(rows.locator('tr[data-cluster-code="1"]')).toHaveAttribute("data-both", "true");
  // Medical Devices: strong on the U.S. side; the medical-supply plants sit in a block it shares with dental laboratories.
  const medical = rows.locator('tr[data-cluster-code="30"]');
  await expect(medical).toHaveAttribute("data-both", "false");
  await expect(medical.locator("td").nth(2)).toHaveText("0");
  await expect(medical.locator("td").nth(3)).toHaveText("50");
  const strongOnBoth = await rows.locator('tr[data-both="true"]').count();
  await page.goto("/present?v=bothsides&slide=2");
  await expect(page.getByTestId("slide")).toContainText("Clusters strong on both sides");
  await expect(page.getByTestId("takeaway")).toContainText(`${strongOnBoth} clusters are strong on both sides`);
  await expect(page.getByTestId("slide").locator(".recharts-scatter-symbol").first()).toBeVisible();
});

test("the published figures: the study's LQs keep their ≥, and the table's CSV holds its rows", async ({ page }) => {
  await page.goto("/es/regions/calibaja");
  const lq = page.locator('[data-chart="published-lq"]');
  await lq.getByTestId("published-lq-table-toggle").click();
  await expect(lq.locator("tbody tr").first()).toContainText(`≥ ${esMX.format(28)}`);
  const rows = await page.getByTestId("facts-table").locator("tbody tr").count();
  const file = await download(page, "facts-table-csv");
  expect(file.rows).toHaveLength(rows);
  await page.getByTestId("facts-search").fill("Tijuana");
  await expect(page.getByTestId("facts-table").locator("tbody tr")).not.toHaveCount(rows);
  await expect(page.getByTestId("facts-table")).not.toContainText("(as above)");
});

test("the map links the regions and gives its figures as a table; /regions lists every region", async ({ page }) => {
  await page.goto("/regions/calibaja");
  const map = page.getByTestId("megaregion-map");
  await expect(map.locator('svg path[data-region="02004"]')).toHaveCount(1);
  await map.getByText("The map's figures as a table").click();
  await expect(map.getByTestId("map-table")).toContainText("365");
  await page.goto("/regions");
  // The mega-region, its two sides, two counties and five municipios.
  await expect(page.getByTestId("regions-calibaja").locator("tbody tr")).toHaveCount(10);
  await expect(page.getByTestId("regions-calibaja")).toContainText("365 large establishments");
  await expect(page.getByTestId("regions-usMetros")).toContainText("El Paso, TX");
});

test("a municipio page has its IMSS chart, its large plants and its establishments, and says once what is missing", async ({
  page,
}) => {
  await page.goto("/regions/02002");
  await expect(page.locator('[data-chart="insured-chart-permanent_workers"]')).toBeVisible();
  await expect(page.locator('[data-chart="large-plants-02002"]')).toContainText("179");
  await expect(page.getByTestId("establishments")).toBeVisible();
  await expect(page.getByTestId("no-data")).toHaveCount(1);
  await expect(page.getByTestId("no-data")).toContainText("Not loaded for Mexicali");
});

test("picking the mega-region on the overview shows both sides, never an empty screen", async ({ page }) => {
  await page.goto("/?region=calibaja");
  await expect(page.locator('[data-chart="manufacturing-both-sides"]')).toBeVisible();
  await expect(page.getByTestId("megaregion-link")).toBeVisible();
});
