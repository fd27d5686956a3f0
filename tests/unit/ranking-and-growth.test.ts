import { describe, expect, it } from "vitest";
import {
  concentrationRanking,
  countAtOrAbove,
  overviewChartRows,
  rankBy,
  takeTop,
} from "../../lib/calculations/ranking";
import {
  compoundAnnualGrowth,
  percentChange,
  seriesOf,
  summariseSeries,
  type SeriesPoint,
} from "../../lib/calculations/series";
import { placeLabels } from "../../lib/charts/label-layout";

const row = (clusterCode: number, locationQuotient: number | null, employment: number | null) => ({
  clusterCode,
  locationQuotient,
  employment,
});

describe("ranking", () => {
  it("orders by the metric, breaks ties by code and leaves out missing values", () => {
    const rows = [row(3, 1.5, 100), row(1, 2, 50), row(2, 1.5, 10), row(4, null, 1000), row(5, 0, 0)];
    expect(rankBy(rows, "lq").map((r) => r.clusterCode)).toEqual([1, 2, 3, 5]);
    expect(rankBy(rows, "employment").map((r) => r.clusterCode)).toEqual([4, 3, 1, 2, 5]);
  });
  it("takes the top N or all", () => {
    expect(takeTop([1, 2, 3], 10)).toEqual([1, 2, 3]);
    expect(
      takeTop(
        Array.from({ length: 30 }, (_, i) => i),
        20,
      ),
    ).toHaveLength(20);
    expect(takeTop([1, 2], "all")).toEqual([1, 2]);
  });
  it("counts clusters at or above each threshold, never those without employment", () => {
    expect(
      countAtOrAbove([row(1, 1, 10000), row(2, 1, 9999), row(3, 1, 25000), row(4, 1, null)], [10000, 20000]),
    ).toEqual([2, 1]);
  });
  it("ranks by LQ only clusters of at least the minimum size (Imperial's Metal Mining: LQ 20, 375 jobs)", () => {
    const rows = [row(31, 20.4, 375), row(2, 5.1, 18000), row(3, 1.2, 1000), row(4, 3, null)];
    expect(concentrationRanking(rows, 10, 1000).map((r) => r.clusterCode)).toEqual([2, 3]);
    expect(concentrationRanking(rows, 10, 0).map((r) => r.clusterCode)).toEqual([31, 2, 3]);
  });
  it("ranks the employment chart by employment: the largest clusters, not the most concentrated re-sorted", () => {
    const yearRows = [row(1, null, 30000), row(2, null, 15000), row(3, null, 5000), row(4, null, 90000)];
    const lqRows = [row(1, 5, 30000), row(2, 4, 15000), row(3, 3, 5000), row(4, 0.5, 90000), row(5, 9, 200)];
    const largest = overviewChartRows({ yearRows, lqRows, top: 10, minJobs: 1000, view: "largest" });
    expect(largest.byEmployment.map((r) => r.clusterCode)).toEqual([4, 1, 2, 3]);
    expect(largest.byLq.map((r) => r.clusterCode)).toEqual([1, 2, 3, 4]);
    // The study's view: the N most concentrated (above the minimum size), ordered by their jobs.
    const concentrated = overviewChartRows({
      yearRows,
      lqRows: lqRows.filter((r) => r.clusterCode !== 4),
      top: 10,
      minJobs: 1000,
      view: "concentrated",
    });
    expect(concentrated.byEmployment.map((r) => r.clusterCode)).toEqual([1, 2, 3]);
  });
});

const cbp = "U.S. Census Bureau, County Business Patterns";
const cmp = "U.S. Cluster Mapping Project";
const point = (
  year: number,
  value: number | null,
  publisher = cbp,
  basis = "published_cells_sum",
  withheldCells = 0,
): SeriesPoint & { year: number } => ({
  year,
  value,
  series: seriesOf({ publisher, basis, withheldCells }),
  lowerBound: basis !== "cmp_with_imputation",
  pandemic: false,
});

describe("growth only within one series", () => {
  it("computes CAGR and percent change, refusing undefined cases", () => {
    expect(compoundAnnualGrowth(100, 121, 2)).toBeCloseTo(0.1, 10);
    expect(compoundAnnualGrowth(0, 121, 2)).toBeNull();
    expect(compoundAnnualGrowth(100, 121, 0)).toBeNull();
    expect(percentChange(200, 150)).toBe(-0.25);
    expect(percentChange(0, 150)).toBeNull();
  });
  it("measures nothing with one point, or none", () => {
    expect(summariseSeries([point(2016, 10, cmp, "cmp_with_imputation")])).toMatchObject({
      latest: { year: 2016 },
      span: null,
      apart: [],
    });
    expect(summariseSeries([])).toEqual({ latest: null, span: null, apart: [], breaks: [] });
    expect(summariseSeries([point(2018, null)]).latest).toBeNull();
  });
  it("never spans CMP 2016 to CBP: San Diego's Aerospace changes 2018–2023 within CBP (15,633 → 13,496), not from CMP's 14,257", () => {
    // The stored series as the trend cards receive it (CMP 2016; CBP 2017 with two withheld cells; CBP 2018–2023).
    const summary = summariseSeries([
      point(2016, 14257, cmp, "cmp_with_imputation"),
      point(2017, 4796, cbp, "published_cells_sum", 2),
      point(2018, 15633),
      point(2019, 16348),
      point(2020, 16189),
      point(2021, 13199),
      point(2022, 12395),
      point(2023, 13496),
    ]);
    expect([summary.span?.from.year, summary.span?.to.year, summary.span?.change]).toEqual([2018, 2023, 13496 - 15633]);
    expect(summary.span?.percent).toBeCloseTo((13496 - 15633) / 15633, 10);
    expect(summary.apart.map((entry) => [entry.year, entry.value])).toEqual([
      [2016, 14257],
      [2017, 4796],
    ]);
    expect(summary.breaks).toEqual([2017, 2018]);
  });
  it("keeps a CBP 2017 sum with withheld cells out of the span: another basis", () => {
    const summary = summariseSeries([
      point(2017, 500, cbp, "published_cells_sum", 2),
      point(2018, 100),
      point(2021, 121),
    ]);
    expect([summary.span?.from.year, summary.span?.to.year, summary.span?.change]).toEqual([2018, 2021, 21]);
    expect(summary.apart.map((entry) => entry.year)).toEqual([2017]);
  });
  it("measures only the latest unbroken run: a break in the middle is never spanned", () => {
    const summary = summariseSeries([point(2017, 100), point(2018, 90, "Another publisher"), point(2019, 110)]);
    expect(summary.span).toBeNull();
    expect(summary.breaks).toEqual([2018, 2019]);
  });
  it("handles a fall to zero employment", () => {
    expect(summariseSeries([point(2018, 50), point(2019, 0)]).span).toMatchObject({
      change: -50,
      percent: -1,
      annual: -1,
    });
  });
});

describe("placing chart labels", () => {
  const bounds = { left: 0, right: 400, top: 0, bottom: 300 };
  it("places the most important labels first and drops one that would overlap", () => {
    const placed = placeLabels(
      [
        { key: "a", label: "Hospitality", x: 200, y: 150, radius: 20 },
        { key: "b", label: "Health", x: 205, y: 152, radius: 10 },
        { key: "c", label: "Far away", x: 60, y: 60, radius: 5 },
      ],
      { fontSize: 12, bounds, maxLabels: 8 },
    );
    expect(placed.map((label) => label.key)).toEqual(["a", "c"]);
    expect(placed[0]!.y).toBeLessThan(150 - 20);
  });
  it("keeps labels inside the plot, moving them below or beside a point at the edge", () => {
    const [label] = placeLabels([{ key: "top", label: "Edge", x: 200, y: 5, radius: 4 }], {
      fontSize: 12,
      bounds,
      maxLabels: 8,
    });
    expect(label!.y).toBeGreaterThan(5);
  });
});
