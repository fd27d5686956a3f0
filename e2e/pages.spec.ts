import { expect, test } from "@playwright/test";
import { openExpectedDatabase } from "./support/expected-database";
import { esMX, expectedClusters, lqText } from "./support/expected";

test("the Spanish overview shows Spanish text and es-MX numbers, and the language switch keeps filters", async ({
  page,
}) => {
  const expected = await expectedClusters("06073", 2016);
  await page.goto("/?region=06073&top=10&year=2016");
  await page.getByTestId("language-switch").click();
  await expect(page).toHaveURL(/\/es\?/);
  await expect(page).toHaveURL(/region=06073/);
  await expect(page).toHaveURL(/top=10/);
  await expect(page).toHaveURL(/year=2016/);
  await expect(page.locator("html")).toHaveAttribute("lang", "es-MX");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "¿En qué clústeres se concentra el condado de San Diego?",
  );
  await expect(page.getByTestId("total-employment")).toContainText(esMX.format(expected.total));
  await expect(page.getByTestId("most-concentrated")).toContainText("Transporte por agua");
  await page.getByTestId("lq-ranking-table-toggle").click();
  const first = page.getByTestId("lq-ranking-table").locator("tbody tr").first();
  await expect(first).toContainText("Transporte por agua");
  await expect(first).toContainText(lqText(expected.byLq[0]!.locationQuotient!, "es-MX"));
});

test("the clusters table sorts and filters, with the state in the URL", async ({ page }) => {
  const expected = await expectedClusters("us-side", 2016);
  await page.goto("/clusters?year=2016");
  const rows = page.getByTestId("clusters-table").locator("tbody tr");
  await expect(rows).toHaveCount(67);
  // Sorted by employment, largest first, unless the link says otherwise.
  await expect(rows.first()).toHaveAttribute("data-cluster-code", String(expected.byEmployment[0]!.clusterCode));
  await page.getByTestId("sort-lq").click();
  await expect(page).toHaveURL(/sort=lq/);
  await expect(rows.first()).toHaveAttribute("data-cluster-code", String(expected.byLq[0]!.clusterCode));
  await page.getByTestId("cluster-search").fill("water");
  await expect(rows).toHaveCount(1);
  await page.reload();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("Water Transportation");
});

test("a cluster page shows every figure with its source and what was filled in", async ({ page }) => {
  await page.goto("/clusters/50");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Water Transportation");
  const sanDiego2016 = page.getByTestId("cluster-observations").locator('tr[data-region="06073"][data-year="2016"]');
  await expect(sanDiego2016).toContainText("10,199");
  await expect(sanDiego2016).toContainText("150 (1.5%)");
  await expect(sanDiego2016).toContainText("3.47");
  await expect(sanDiego2016).toContainText("U.S. Cluster Mapping");
  await expect(
    page.getByTestId("cluster-observations").locator('tr[data-region="06073"][data-year="2021"]'),
  ).toContainText("≥ 8,705");
  await expect(page.getByTestId("cluster-industries")).toContainText("336611");
});

test("a cluster page's table holds every year while they fit, and a bad link parameter says so", async ({ page }) => {
  await page.goto("/clusters/50");
  const rows = page.getByTestId("cluster-observations").locator("tbody tr");
  const years = async () => [
    ...new Set(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-year")))),
  ];
  // The shipped data's 2016–2023 for the two counties, the U.S. side and California: far under the limit.
  expect(await years()).toEqual(["2023", "2022", "2021", "2020", "2019", "2018", "2017", "2016"]);
  const count = await rows.count();
  await expect(page.getByTestId("observations-years")).toHaveCount(0);
  await page.goto("/clusters/50?figures=all");
  await expect(rows).toHaveCount(count);
  await page.goto("/clusters/50?figures=everything");
  await expect(page.getByTestId("filter-notice")).toContainText("figures=everything");
  await expect(rows).toHaveCount(count);
});

test("unknown codes are 404 pages, not crashes", async ({ page }) => {
  for (const path of ["/clusters/999", "/regions/atlantis", "/es/clusters/abc", "/no-such-page"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByTestId("not-found")).toBeVisible();
  }
});

test("a Mexican municipio shows the IMSS figures it has and no invented cluster figures", async ({ page }) => {
  const { prisma } = openExpectedDatabase();
  const tijuanaFacts = await prisma.publishedFact.findMany({ where: { regionCode: "02004" } });
  await page.goto("/regions/02004");
  const monthly = page.getByTestId("insured-monthly-permanent_workers");
  await expect(monthly.locator("thead th").nth(1)).toHaveText("Feb 2020");
  // Tijuana's manufacturing in February 2020: IMSS codes A08 (186,286) and Z31 (68,527) added.
  await expect(monthly.locator("tbody tr").filter({ hasText: "Manufacturing" }).locator("td").first()).toHaveText(
    "254,813",
  );
  await expect(page.getByTestId("region-facts").locator("li")).toHaveCount(tijuanaFacts.length);
  await expect(page.getByTestId("mexico-context")).toContainText("4,198,579");
  // The charts are of what Tijuana has (IMSS, DENUE); no cluster chart is drawn from figures it lacks.
  const charts = await page
    .locator("[data-chart]")
    .evaluateAll((frames) => frames.map((frame) => frame.getAttribute("data-chart")));
  expect(charts.sort()).toEqual(["insured-chart-permanent_workers", "large-plants-02004"]);
  // What is missing is said once, after what the page has.
  await expect(page.getByTestId("no-data")).toHaveCount(1);
  const [missingTop, insuredTop] = await Promise.all([
    page.getByTestId("no-data").boundingBox(),
    monthly.boundingBox(),
  ]);
  expect(missingTop!.y).toBeGreaterThan(insuredTop!.y);
});

test("a region page plots its cluster portfolio", async ({ page }) => {
  const expected = await expectedClusters("us-side", 2016);
  const plotted = expected.rows.filter(
    (row) => row.locationQuotient! > 0 && row.employment! > 0 && row.averageWageUsd !== null,
  );
  await page.goto("/regions/us-side");
  await page.getByTestId("portfolio-table-toggle").click();
  await expect(page.getByTestId("portfolio-table").locator("tbody tr")).toHaveCount(plotted.length);
  await page.getByTestId("filter-y").selectOption("change");
  await expect(page).toHaveURL(/y=change/);
  // Change is measured within CBP only (the span most clusters share), never from CMP 2016.
  await expect(page.getByText(/Employment change 201[78]–2023/).first()).toBeVisible();
  await expect(page.getByText("Employment change 2016")).toHaveCount(0);
});

test("no page shows $0, Infinity or NaN, in either language", async ({ page }) => {
  // Thirty page loads on a two-core machine: more than the default minute.
  test.setTimeout(180_000);
  // The pages where a wage of 0, an empty Math.max or a division by zero once showed (clusters 7, 20, 31; Imperial).
  const paths = [
    "/",
    "/?region=06025&year=2016",
    "/clusters",
    "/clusters?year=2016&region=06025",
    "/clusters/7",
    "/clusters/20",
    "/clusters/31",
    "/clusters/1",
    "/regions/06025",
    "/regions/us-side",
    "/regions/02004",
    "/regions/calibaja",
    "/regions/cbsa-20940",
    "/compare?view=table",
    "/methodology",
  ];
  for (const locale of ["", "/es"]) {
    for (const path of paths) {
      await page.goto(`${locale}${path === "/" && locale ? "" : path}`);
      const text = await page.locator("main").innerText();
      expect(text, `${locale}${path}`).not.toMatch(/\$\s?0(?![\d.,])|US\$\s?0(?![\d.,])|Infinity|NaN/);
    }
  }
});

test("generated headings name the region with its article, in both languages", async ({ page }) => {
  const headings: [string, string][] = [
    ["/", "Which clusters is the U.S. side (San Diego and Imperial counties) concentrated in?"],
    ["/es", "¿En qué clústeres se concentra el lado estadounidense (condados de San Diego e Imperial)?"],
    ["/?region=06025", "Which clusters is Imperial County concentrated in?"],
    ["/es?region=06025", "¿En qué clústeres se concentra el condado de Imperial?"],
  ];
  for (const [path, heading] of headings) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
  }
  await page.goto("/es/present?v=portfolio~code=us-side&slide=2");
  await expect(page.getByTestId("takeaway")).toContainText("clústeres en el lado estadounidense");
});
