import { expect, test, type Page } from "@playwright/test";
import { enUS, expectedClusters, lqText } from "./support/expected";

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

test("the overview ranks the U.S. side's clusters exactly as the database holds them", async ({ page }) => {
  const expected = await expectedClusters("us-side", 2016);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("U.S. side");
  await expect(page.getByTestId("total-employment")).toContainText(enUS.format(expected.total));
  await expect(page.getByTestId("most-concentrated")).toContainText(expected.byLq[0]!.cluster.nameEn);
  await expect(page.getByTestId("largest-cluster")).toContainText(expected.byEmployment[0]!.cluster.nameEn);

  const lqRows = await tableRows(page, "lq-ranking");
  expect(lqRows.map((row) => [row.code, row.name, row.cells[1]])).toEqual(
    expected.byLq.slice(0, 20).map((row) => [row.clusterCode, row.cluster.nameEn, lqText(row.locationQuotient!)]),
  );
  await expect(page.getByTestId("lq-ranking-coverage")).toContainText("U.S. side (San Diego and Imperial counties), 2016");
  await expect(page.getByTestId("lq-ranking-coverage")).toContainText("Location quotient vs the United States");
});

test("the threshold sentence matches the bars and follows the thresholds", async ({ page }) => {
  const expected = await expectedClusters("us-side", 2016);
  const top20 = expected.byLq.slice(0, 20);
  const count = (threshold: number) => top20.filter((row) => row.employment! >= threshold).length;
  await page.goto("/");
  await expect(page.getByTestId("threshold-sentence")).toHaveText(
    `Of the top 20 most concentrated clusters, ${count(10000)} employ over 10,000 people and ${count(20000)} over 20,000.`,
  );
  const employmentRows = await tableRows(page, "employment-ranking");
  expect(employmentRows).toHaveLength(20);
  expect(employmentRows.filter((row) => row.cells[3]!.includes("10,000")).length).toBe(count(10000));
  expect(employmentRows.filter((row) => row.cells[3]!.includes("20,000")).length).toBe(count(20000));

  await page.getByTestId("threshold-1").fill("5000");
  await page.getByTestId("threshold-2").fill("50000");
  await page.getByTestId("apply-thresholds").click();
  await expect(page).toHaveURL(/t1=5000/);
  await expect(page).toHaveURL(/t2=50000/);
  await expect(page.getByTestId("threshold-sentence")).toHaveText(
    `Of the top 20 most concentrated clusters, ${count(5000)} employ over 5,000 people and ${count(50000)} over 50,000.`,
  );
  const allAtOrAbove = (threshold: number) => expected.rows.filter((row) => row.employment! >= threshold).length;
  await expect(page.getByTestId("threshold-count-1")).toContainText(String(allAtOrAbove(5000)));
  await expect(page.getByTestId("threshold-count-2")).toContainText(String(allAtOrAbove(50000)));
});

test("top N and region live in the URL and a reload reproduces the view", async ({ page }) => {
  const sanDiego = await expectedClusters("06073", 2016);
  await page.goto("/");
  await page.getByTestId("top-10").click();
  await expect(page).toHaveURL(/top=10/);
  await page.getByTestId("filter-region").selectOption("06073");
  await expect(page).toHaveURL(/region=06073/);
  await expect(page).toHaveURL(/top=10/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("San Diego County");
  const before = await tableRows(page, "lq-ranking");
  expect(before.map((row) => row.cells[1])).toEqual(sanDiego.byLq.slice(0, 10).map((row) => lqText(row.locationQuotient!)));
  expect(before[0]!.cells[1]).toBe("3.47");

  await page.reload();
  await expect(page.getByTestId("top-10")).toHaveAttribute("aria-pressed", "true");
  const after = await tableRows(page, "lq-ranking");
  expect(after).toEqual(before);
});

test("a year without U.S. totals shows lower bounds and says why there is no LQ", async ({ page }) => {
  const expected = await expectedClusters("us-side", 2019);
  await page.goto("/?year=2019");
  await expect(page.getByText("No location quotient for 2019").first()).toBeVisible();
  const rows = await tableRows(page, "employment-ranking");
  expect(rows[0]!.cells[2]).toBe(`≥ ${enUS.format(expected.byEmployment[0]!.employment!)}`);
  await expect(page.getByTestId("total-employment")).toContainText(`≥ ${enUS.format(expected.total)}`);
});

test("invalid link parameters fall back to defaults with a visible notice", async ({ page }) => {
  const response = await page.goto("/?year=abc&top=7&region=atlantis&t1=-4");
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId("filter-notice").first()).toContainText("year=abc");
  await expect(page.getByTestId("filter-notice").first()).toContainText("region=atlantis");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("U.S. side");
});

test("trend cards compare like with like and show the series break", async ({ page }) => {
  await page.goto("/");
  const hospitality = page.getByTestId("trend-111");
  await expect(hospitality).toContainText("Change since 2022");
  await expect(hospitality).toContainText("Series break before 2017");
});
