import { expect, test, type Page } from "@playwright/test";
import { enUS, expectedClusters, lqText } from "./support/expected";
import { openExpectedDatabase } from "./support/expected-database";

async function tableRows(page: Page, chart: string) {
  await page.getByTestId(`${chart}-table-toggle`).click();
  const rows = page.getByTestId(`${chart}-table`).locator("tbody tr");
  return rows.evaluateAll((elements) =>
    elements.map((row) => ({
      code: Number(row.getAttribute("data-cluster-code")),
      name: row.querySelector("th")!.textContent!.trim(),
      cells: [...row.querySelectorAll("td")].map((cell) => cell.textContent!.trim()),
    })),
  );
}

/** The database's latest year for a region and its latest year with location quotients. */
async function latestYears() {
  const latest = await expectedClusters("us-side", 2023);
  const lq = await expectedClusters("us-side", 2016);
  expect(latest.rows.length).toBeGreaterThan(0);
  expect(lq.byLq.length).toBe(67);
  return { latest, lq };
}

test("the overview shows the latest year, ranks by LQ in the latest year that has LQs, and says which year each is", async ({
  page,
}) => {
  const { latest, lq } = await latestYears();
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("U.S. side");
  await expect(page.getByTestId("data-as-of")).toContainText("employment 2023");
  await expect(page.getByTestId("data-as-of")).toContainText("location quotients 2016");
  await expect(page.getByTestId("total-employment")).toContainText(`≥ ${enUS.format(latest.total)}`);
  await expect(page.getByTestId("largest-cluster")).toContainText(latest.byEmployment[0]!.cluster.nameEn);
  const ranked = lq.byLq.filter((row) => row.employment! >= 1000);
  await expect(page.getByTestId("most-concentrated")).toContainText(ranked[0]!.cluster.nameEn);

  const lqRows = await tableRows(page, "lq-ranking");
  expect(lqRows.map((row) => [row.code, row.name, row.cells[1]])).toEqual(
    ranked.slice(0, 20).map((row) => [row.clusterCode, row.cluster.nameEn, lqText(row.locationQuotient!)]),
  );
  await expect(page.getByTestId("lq-ranking-coverage")).toContainText(
    "U.S. side (San Diego and Imperial counties), 2016",
  );
  await expect(page.getByTestId("lq-ranking-coverage")).toContainText("Location quotient vs the United States");
});

test("'ranked by employment' ranks by employment: the largest clusters, the largest first", async ({ page }) => {
  const { latest } = await latestYears();
  await page.goto("/");
  const rows = await tableRows(page, "employment-ranking");
  expect(rows.map((row) => row.code)).toEqual(latest.byEmployment.slice(0, 20).map((row) => row.clusterCode));
  expect(rows[0]!.cells[2]).toBe(`≥ ${enUS.format(latest.byEmployment[0]!.employment!)}`);
  const count = (threshold: number) => latest.rows.filter((row) => row.employment! >= threshold).length;
  await expect(page.getByTestId("threshold-sentence")).toHaveText(
    `In 2023, at least ${count(10000)} of the region's ${latest.rows.length} clusters employ 10,000 people or more, and at least ${count(20000)} employ 20,000 or more.`,
  );

  await page.getByTestId("threshold-1").fill("5000");
  await page.getByTestId("threshold-2").fill("50000");
  await page.getByTestId("apply-thresholds").click();
  await expect(page).toHaveURL(/t1=5000/);
  await expect(page).toHaveURL(/t2=50000/);
  await expect(page.getByTestId("threshold-count-1")).toContainText(String(count(5000)));
  await expect(page.getByTestId("threshold-count-2")).toContainText(String(count(50000)));

  // A link to the overview (a client-side navigation, no reload) opens its default view, not the one
  // the controls wrote a moment ago.
  await page.locator(".site-header").getByRole("link", { name: "Clusters", exact: true }).click();
  await expect(page).toHaveURL(/\/clusters$/);
  await page.locator(".site-header").getByRole("link", { name: "Overview", exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId("threshold-count-1")).toContainText("10,000");
  await expect(page.getByTestId("threshold-count-1")).toContainText(String(count(10000)));
  await expect(page.getByTestId("threshold-1")).toHaveValue("10000");
});

test("the study's view: of the 20 most concentrated clusters, how many clear each threshold, beside the study's own count", async ({
  page,
}) => {
  const { lq } = await latestYears();
  const top20 = lq.byLq.filter((row) => row.employment! >= 1000).slice(0, 20);
  const count = (threshold: number) => top20.filter((row) => row.employment! >= threshold).length;
  await page.goto("/");
  await page.getByTestId("view-concentrated").click();
  await expect(page).toHaveURL(/view=concentrated/);
  await expect(page.getByTestId("threshold-sentence")).toHaveText(
    `Of the 20 most concentrated clusters in 2016 (at least 1,000 jobs each), ${count(10000)} employ 10,000 people or more and ${count(20000)} employ 20,000 or more.`,
  );
  await expect(page.getByTestId("study-sentence")).toContainText(
    "counted 10 clusters over 10,000 jobs and 5 over 20,000",
  );
  const rows = await tableRows(page, "employment-ranking");
  expect(rows.map((row) => row.code)).toEqual(
    [...top20]
      .sort((a, b) => b.employment! - a.employment! || a.clusterCode - b.clusterCode)
      .map((row) => row.clusterCode),
  );
});

test("a cluster of a few hundred jobs never heads the concentration ranking: Imperial's Metal Mining", async ({
  page,
}) => {
  const imperial = await expectedClusters("06025", 2016);
  const metalMining = imperial.byLq[0]!;
  expect([metalMining.cluster.nameEn, metalMining.employment]).toEqual(["Metal Mining", 375]);
  const ranked = imperial.byLq.filter((row) => row.employment! >= 1000);
  await page.goto("/?region=06025&year=2016");
  await expect(page.getByTestId("most-concentrated")).toContainText(ranked[0]!.cluster.nameEn);
  await expect(page.getByTestId("most-concentrated")).toContainText("at least 1,000 jobs");
  const lqRows = await tableRows(page, "lq-ranking");
  expect(lqRows.map((row) => row.code)).not.toContain(metalMining.clusterCode);
  // The minimum lives in the URL: with none, Metal Mining is ranked first, and the card says so.
  await page.goto("/?region=06025&year=2016&min=0");
  await expect(page.getByTestId("most-concentrated")).toContainText("Metal Mining");
});

test("a year with a published total shows it exactly, not a sum of clusters marked ≥", async ({ page }) => {
  await page.goto("/?year=2018");
  // CBP 2018, all industries: San Diego 1,291,966 + Imperial 32,846.
  await expect(page.getByTestId("total-employment")).toContainText(enUS.format(1291966 + 32846));
  await expect(page.getByTestId("total-employment")).not.toContainText("≥");
});

test("top N, year and region live in the URL and a reload reproduces the view", async ({ page }) => {
  const sanDiego = await expectedClusters("06073", 2016);
  await page.goto("/?year=2016");
  await page.getByTestId("top-10").click();
  await expect(page).toHaveURL(/top=10/);
  await page.getByTestId("filter-region").selectOption("06073");
  await expect(page).toHaveURL(/region=06073/);
  await expect(page).toHaveURL(/top=10/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("San Diego County");
  const before = await tableRows(page, "lq-ranking");
  expect(before.map((row) => row.cells[1])).toEqual(
    sanDiego.byLq
      .filter((row) => row.employment! >= 1000)
      .slice(0, 10)
      .map((row) => lqText(row.locationQuotient!)),
  );
  expect(before[0]!.cells[1]).toBe("3.47");

  await page.reload();
  await expect(page.getByTestId("top-10")).toHaveAttribute("aria-pressed", "true");
  expect(await tableRows(page, "lq-ranking")).toEqual(before);
});

test("invalid link parameters fall back to defaults with a visible notice", async ({ page }) => {
  const response = await page.goto("/?year=abc&top=7&region=atlantis&t1=-4");
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId("filter-notice").first()).toContainText("year=abc");
  await expect(page.getByTestId("filter-notice").first()).toContainText("region=atlantis");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("U.S. side");
});

test("trend cards measure change only within one series and say the span", async ({ page }) => {
  // The rule, computed here from the stored rows: the latest run of one basis with the same withheld cells.
  const stored = await openExpectedDatabase().prisma.clusterObservation.findMany({
    where: { regionCode: "us-side", clusterCode: 111 },
    orderBy: { year: "asc" },
  });
  const latest = stored.at(-1)!;
  let from = latest;
  for (const row of stored.slice(0, -1).reverse()) {
    if (row.basis !== latest.basis || row.withheldCells !== latest.withheldCells || row.year !== from.year - 1) break;
    from = row;
  }
  const change = latest.employment! - from.employment!;
  await page.goto("/");
  const hospitality = page.getByTestId("trend-111");
  await expect(hospitality.getByTestId("trend-change")).toContainText(
    `Change ${from.year}–${latest.year}: ${change > 0 ? "+" : ""}${enUS.format(change)}`,
  );
  // CMP 2016 and CBP 2017 (with a withheld cell) are other series: shown apart, never spanned.
  await expect(hospitality.getByTestId("trend-apart").first()).toContainText("2016:");
  await expect(hospitality.getByTestId("trend-apart").first()).toContainText("another series, not compared");
  await expect(hospitality).not.toContainText("2016–2023");
  expect([from.year, latest.year]).toEqual([2018, 2023]);
  // The sparkline, drawn on the server: a dot for every stored year with a figure, and no line from
  // CMP 2016 to CBP 2017, where a dashed mark shows the break.
  const sparkline = hospitality.getByTestId("sparkline");
  const dotYears = await sparkline.locator("circle").evaluateAll((dots) => dots.map((dot) => Number(dot.dataset.year)));
  expect(dotYears).toEqual(stored.filter((row) => row.employment !== null).map((row) => row.year));
  const lineYears = await sparkline
    .locator("line[data-years]")
    .evaluateAll((lines) => lines.map((line) => (line as SVGElement).dataset.years));
  expect(lineYears).toContain("2022-2023");
  expect(lineYears).not.toContain("2016-2017");
  expect(await sparkline.locator("line[data-series-break]").count()).toBeGreaterThan(0);
});

test("Aerospace's card measures 2018–2023 within CBP, never CMP 2016's published cells against a CBP sum", async ({
  page,
}) => {
  await page.goto("/clusters/1");
  const side = page.getByTestId("trend-us-side");
  // Independent sums of the shipped files' six-digit rows: 15,633 (2018) and 13,496 (2023); 2017 includes withheld cells.
  await expect(side.getByTestId("trend-change")).toContainText(`Change 2018–2023: ${enUS.format(13496 - 15633)}`);
  await expect(side).not.toContainText("108.8");
  await expect(page.getByTestId("trend-06025")).toContainText("1,760*");
  await expect(page.getByTestId("trend-06025")).not.toContainText("≥ 0");
});
