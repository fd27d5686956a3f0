import fs from "node:fs";
import { parse } from "csv-parse/sync";
import { expect, test, type Page } from "@playwright/test";
import { openExpectedDatabase } from "./support/expected-database";
import { enUS, lqText } from "./support/expected";

async function download(page: Page, testId: string) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).first().click()]);
  return {
    name: file.suggestedFilename(),
    rows: parse(fs.readFileSync(await file.path(), "utf8"), { columns: true, bom: true }) as Record<string, string>[],
  };
}

/** A region's 2016 figure for a cluster, read straight from the database (not through the app's queries). */
async function stored(regionCode: string, clusterCode: number) {
  const { prisma } = openExpectedDatabase();
  return prisma.clusterObservation.findFirstOrThrow({ where: { regionCode, clusterCode, year: 2016 } });
}

async function addRegion(page: Page, typed: string, option: string, how: "enter" | "click") {
  const search = page.getByTestId("region-search");
  await search.fill("");
  await search.pressSequentially(typed);
  const choice = page.getByTestId("region-options").getByRole("option", { name: option });
  await expect(choice).toBeVisible();
  if (how === "enter") {
    await expect(page.getByTestId("region-options").getByRole("option").first()).toContainText(option);
    await search.press("Enter");
  } else await choice.click();
  await expect(page.getByTestId("compared-regions")).toContainText(option);
}

const tableRows = (page: Page) =>
  page
    .getByTestId("compare-table")
    .locator("tbody tr")
    .evaluateAll((trs) =>
      trs.map((tr) => [
        tr.getAttribute("data-cluster"),
        tr.getAttribute("data-region"),
        tr.getAttribute("data-lq"),
        tr.getAttribute("data-jobs"),
      ]),
    );

test("pick three regions by typing, see the heatmap and the table, and a reload gives the same view", async ({
  page,
}) => {
  await page.goto("/compare?r=cbsa-41740");
  await expect(page.getByTestId("compared-regions").locator("li")).toHaveCount(1);
  await addRegion(page, "el paso", "El Paso, TX", "enter");
  await addRegion(page, "TUCS", "Tucson, AZ", "click");
  await addRegion(page, "new mexico", "New Mexico", "enter");
  await expect(page).toHaveURL(/r=cbsa-41740%2Ccbsa-21340%2Ccbsa-46060%2CNM/);

  // The heatmap: one column per region, El Paso's aerospace LQ as stored.
  const heatmap = page.locator('[data-chart="compare-heatmap"]');
  await expect(heatmap.locator("svg[data-chart-svg]:visible")).toHaveCount(1);
  await heatmap.getByTestId("compare-heatmap-table-toggle").click();
  const grid = page.getByTestId("compare-heatmap-grid");
  await expect(grid.locator("thead th")).toHaveCount(5);
  const elPasoAerospace = await stored("cbsa-21340", 1);
  const aerospaceRow = grid
    .locator("tbody tr")
    .filter({ has: page.getByRole("rowheader", { name: "Aerospace Vehicles and Defense", exact: true }) });
  await expect(aerospaceRow.locator("td").nth(1)).toHaveText(lqText(elPasoAerospace.locationQuotient!));
  // 51 traded clusters, sorted: the first row's mean concentration is the highest (checked in unit tests); all are listed.
  await expect(grid.locator("tbody tr")).toHaveCount(51);

  // The table: every traded cluster in every region, with jobs, LQ, wage and CMP's national rank.
  await page.getByTestId("view-table").click();
  await expect(page).toHaveURL(/view=table/);
  await expect(page.getByTestId("compare-table").locator("tbody tr")).toHaveCount(51 * 4);
  const row = page.locator('[data-testid="compare-table"] tr[data-cluster="1"][data-region="cbsa-21340"]');
  await expect(row.locator("td").nth(1)).toHaveText(
    enUS.format(elPasoAerospace.employment!) +
      (elPasoAerospace.employmentReported !== null && elPasoAerospace.employmentReported !== elPasoAerospace.employment
        ? "*"
        : ""),
  );
  await expect(row.locator("td").nth(2)).toHaveText(lqText(elPasoAerospace.locationQuotient!));
  await expect(row.locator("td").nth(5)).toHaveText(enUS.format(elPasoAerospace.nationalRankLq!));
  const shown = await tableRows(page);

  await page.reload();
  await expect(page.getByTestId("compared-regions").locator("li")).toHaveCount(4);
  await expect(page.getByTestId("view-table")).toHaveAttribute("aria-pressed", "true");
  expect(await tableRows(page)).toEqual(shown);
});

for (const locale of ["en", "es"] as const) {
  test(`the comparison's CSV holds the table's rows (${locale})`, async ({ page }) => {
    await page.goto(`${locale === "es" ? "/es" : ""}/compare?r=cbsa-41740,cbsa-20940,cbsa-21340&view=table&type=all`);
    await expect(page.getByTestId("compare-table").locator("tbody tr")).toHaveCount(67 * 3);
    const shown = await tableRows(page);
    const file = await download(page, "compare-csv");
    const [cluster, region, lq, jobs] =
      locale === "es"
        ? ["codigo_cluster", "codigo_region", "cociente_localizacion", "empleo_empleos"]
        : ["cluster_code", "region_code", "location_quotient", "employment_jobs"];
    expect(file.rows.map((entry) => [entry[cluster], entry[region], entry[lq], entry[jobs]])).toEqual(shown);
    expect(file.name).toBe(`calibaja-compare-3-regions-table-2016-${locale}.csv`);
    expect(
      file.rows.every((entry) => entry[locale === "es" ? "fuente" : "source"]!.startsWith("U.S. Cluster Mapping")),
    ).toBe(true);
    expect(
      file.rows.find((entry) => entry[region] === "cbsa-20940")![locale === "es" ? "nombre_region" : "region_name"],
    ).toBe("El Centro, CA (metro area)".replace("metro area", locale === "es" ? "área metropolitana" : "metro area"));

    // One cluster's bars: the CSV holds the bars, ranked, and the regions without a figure are named, not drawn at zero.
    await page.getByTestId("view-bars").click();
    await expect(page.locator('[data-chart="compare-bars"]')).toBeVisible();
    await page.getByTestId("compare-cluster").selectOption("1");
    await expect(page.locator('[data-chart="compare-bars"] h2')).toContainText(
      locale === "es" ? "Vehículos aeroespaciales" : "Aerospace Vehicles and Defense",
    );
    const bars = await download(page, "compare-csv");
    const lqs = bars.rows.map((entry) => Number(entry[lq]));
    expect(lqs).toEqual([...lqs].sort((a, b) => b - a));
    expect(bars.rows.map((entry) => entry[region])).toEqual(["cbsa-20940", "cbsa-41740", "cbsa-21340"]);
  });
}

test("typing finds regions in Spanish without accents", async ({ page }) => {
  await page.goto("/es/compare?r=cbsa-41740");
  await addRegion(page, "nuevo mexico", "Nuevo México", "enter");
  await expect(page).toHaveURL(/r=cbsa-41740%2CNM/);
});

test("peer sets: the border metros west to east, the metros most like San Diego with the method stated", async ({
  page,
}) => {
  await page.goto("/compare");
  await expect(page.getByTestId("preset-border")).toHaveAttribute("aria-pressed", "true");
  const chips = page.getByTestId("compared-regions").locator("li > span");
  await expect(chips).toHaveText([
    "San Diego-Carlsbad, CA (metro area)",
    "El Centro, CA (metro area)",
    "Yuma, AZ",
    "Tucson, AZ",
    "Nogales, AZ",
    "Las Cruces, NM",
    "El Paso, TX",
    "Del Rio, TX",
    "Eagle Pass, TX",
    "Laredo, TX",
    "McAllen-Edinburg-Mission, TX",
    "Brownsville-Harlingen, TX",
  ]);
  await page.getByTestId("preset-similar-san-diego").click();
  await expect(page).toHaveURL(/set=similar-san-diego/);
  await expect(page.getByTestId("set-description")).toContainText("cosine");
  await expect(page.getByTestId("compared-regions").locator("li")).toHaveCount(11);
  await expect(page.getByTestId("compared-regions").locator("li small").first()).toContainText("similarity 0.");
});

test("from a cluster page: the top U.S. metros with San Diego and El Centro wherever they rank, and one click to the border metros", async ({
  page,
}) => {
  const { prisma } = openExpectedDatabase();
  const metros = await prisma.clusterObservation.findMany({
    where: { clusterCode: 1, year: 2016, employment: { not: null }, region: { kind: "metro" } },
    select: { regionCode: true, employment: true },
  });
  metros.sort((a, b) => b.employment! - a.employment! || a.regionCode.localeCompare(b.regionCode));
  const rankOf = (code: string) => metros.findIndex((metro) => metro.regionCode === code) + 1;

  await page.goto("/clusters/1");
  const panel = page.getByTestId("top-metros");
  await panel.getByTestId("top-metros-employment-table-toggle").click();
  const rows = page.getByTestId("top-metros-employment-table").locator("tbody tr");
  await expect(rows).toHaveCount(10 + [rankOf("cbsa-41740"), rankOf("cbsa-20940")].filter((rank) => rank > 10).length);
  await expect(rows.first().locator("td").nth(1)).toHaveText(enUS.format(metros[0]!.employment!));
  await expect(rows.filter({ hasText: "El Centro" }).locator("td").first()).toHaveText(String(rankOf("cbsa-20940")));
  await expect(rows.filter({ hasText: "San Diego" }).locator("td").first()).toHaveText(String(rankOf("cbsa-41740")));
  const file = await download(page, "top-metros-employment-csv");
  expect(file.rows.map((row) => Number(row.rank))).toEqual(
    await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.querySelector("td")!.textContent))),
  );

  await page.getByTestId("compare-border-link").click();
  await expect(page).toHaveURL(/\/compare\?set=border&view=bars/);
  await expect(page.locator('[data-chart="compare-bars"] h2')).toContainText("Aerospace Vehicles and Defense");
});

test("a comparison goes into the presentation as a heatmap slide", async ({ page }) => {
  await page.goto("/compare?set=border");
  await page.locator('[data-chart="compare-heatmap"]').getByTestId("add-to-deck").click();
  await page.getByTestId("present-link").click();
  await expect(page).toHaveURL(/\/present\?v=compare/);
  await expect(page.getByTestId("deck")).toHaveAttribute("data-interactive", "true");
  await page.keyboard.press("End");
  await expect(page.getByTestId("slide")).toContainText("Where is each cluster concentrated?");
  await expect(
    page.getByTestId("slide").locator("svg[data-chart-svg] text").filter({ hasText: "El Paso, TX" }),
  ).toHaveCount(1);
});

test("bad comparison links say what they dropped", async ({ page }) => {
  await page.goto("/compare?r=cbsa-41740,nowhere-9");
  await expect(page.getByTestId("filter-notice")).toContainText("nowhere-9");
  await expect(page.getByTestId("compared-regions").locator("li")).toHaveCount(1);
  // More regions than a comparison holds: the notice says the limit; a malformed code does not claim that.
  await page.goto(`/compare?r=${Array.from({ length: 31 }, (_, index) => `cbsa-${10000 + index}`).join(",")}`);
  await expect(page.getByTestId("filter-notice").filter({ hasText: "at most 30 regions" })).toHaveCount(1);
  await page.goto("/compare?r=cbsa-41740;DROP");
  await expect(page.getByTestId("filter-notice").first()).toContainText("r=cbsa-41740;DROP");
  await expect(page.getByTestId("filter-notice").filter({ hasText: "at most 30 regions" })).toHaveCount(0);
  await page.goto("/compare?set=no-such-set");
  await expect(page.getByTestId("filter-notice")).toContainText("no-such-set");
  await expect(page.getByTestId("compared-regions").locator("li")).toHaveCount(12);
});

test("from a region page: one click shows the county among the border metros, or any metro beside San Diego and El Centro", async ({
  page,
}) => {
  await page.goto("/regions/06025");
  await page.getByTestId("compare-link").click();
  await expect(page).toHaveURL(/\/compare\?set=border/);
  await expect(page.getByTestId("compared-regions").locator("li")).toHaveCount(12);
  await page.goto("/es/regions/cbsa-21340");
  await page.getByTestId("compare-link").click();
  await expect(page).toHaveURL(/r=cbsa-21340%2Ccbsa-41740%2Ccbsa-20940|r=cbsa-21340,cbsa-41740,cbsa-20940/);
  await expect(page.getByTestId("compared-regions").locator("li > span")).toHaveText([
    "El Paso, TX",
    "San Diego-Carlsbad, CA (área metropolitana)",
    "El Centro, CA (área metropolitana)",
  ]);
});
