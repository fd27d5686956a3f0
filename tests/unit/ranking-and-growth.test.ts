import { describe, expect, it } from "vitest";
import { countAtOrAbove, overviewChartRows, rankBy, takeTop } from "../../lib/calculations/ranking";
import { compoundAnnualGrowth, percentChange, summariseTrend, type SeriesPoint } from "../../lib/calculations/growth";

const row = (clusterCode: number, locationQuotient: number | null, employment: number | null) => ({ clusterCode, locationQuotient, employment });

describe("ranking", () => {
  it("orders by the metric, breaks ties by code and leaves out missing values", () => {
    const rows = [row(3, 1.5, 100), row(1, 2, 50), row(2, 1.5, 10), row(4, null, 1000), row(5, 0, 0)];
    expect(rankBy(rows, "lq").map((r) => r.clusterCode)).toEqual([1, 2, 3, 5]);
    expect(rankBy(rows, "employment").map((r) => r.clusterCode)).toEqual([4, 3, 1, 2, 5]);
  });
  it("takes the top N or all", () => {
    expect(takeTop([1, 2, 3], 10)).toEqual([1, 2, 3]);
    expect(takeTop(Array.from({ length: 30 }, (_, i) => i), 20)).toHaveLength(20);
    expect(takeTop([1, 2], "all")).toEqual([1, 2]);
  });
  it("counts clusters at or above each threshold, never those without employment", () => {
    expect(countAtOrAbove([row(1, 1, 10000), row(2, 1, 9999), row(3, 1, 25000), row(4, 1, null)], [10000, 20000])).toEqual([2, 1]);
  });
  it("selects the charts' rows: top N by LQ, the same clusters by jobs; top N by jobs where no LQ exists", () => {
    const rows = [row(1, 5, 30000), row(2, 4, 15000), row(3, 3, 5000), row(4, 0.5, 90000)];
    const { hasLq, byLq, byEmployment } = overviewChartRows(rows, 10);
    expect(hasLq).toBe(true);
    expect(byLq.map((r) => r.clusterCode)).toEqual([1, 2, 3, 4]);
    expect(byEmployment.map((r) => r.clusterCode)).toEqual([4, 1, 2, 3]);
    expect(countAtOrAbove(overviewChartRows(rows, 10).byEmployment, [10000, 20000])).toEqual([3, 2]);
    const topTwenty = overviewChartRows(rows.concat(Array.from({ length: 20 }, (_, i) => row(10 + i, 0.1, 0))), 20);
    expect(topTwenty.byLq).toHaveLength(20);
    const noLq = overviewChartRows([row(1, null, 5), row(2, null, 50), row(3, null, 7)], 10);
    expect([noLq.hasLq, noLq.byLq.length, noLq.byEmployment.map((r) => r.clusterCode)]).toEqual([false, 0, [2, 3, 1]]);
  });
});

const point = (year: number, value: number | null, basis = "published_cells_sum"): SeriesPoint => ({ year, value, basis, lowerBound: true, pandemic: false });

describe("growth", () => {
  it("computes CAGR and percent change, refusing undefined cases", () => {
    expect(compoundAnnualGrowth(100, 121, 2)).toBeCloseTo(0.1, 10);
    expect(compoundAnnualGrowth(0, 121, 2)).toBeNull();
    expect(compoundAnnualGrowth(100, 121, 0)).toBeNull();
    expect(percentChange(200, 150)).toBe(-0.25);
    expect(percentChange(0, 150)).toBeNull();
  });
  it("says plainly when only one year exists", () => {
    expect(summariseTrend([point(2016, 10, "cmp_with_imputation")])).toMatchObject({ kind: "single", latest: { year: 2016 } });
    expect(summariseTrend([])).toEqual({ kind: "none" });
    expect(summariseTrend([point(2018, null)])).toEqual({ kind: "none" });
  });
  it("compares only like with like across a change of source, and skips missing years", () => {
    const summary = summariseTrend([point(2016, 500, "cmp_with_imputation"), point(2018, 100), point(2019, null), point(2021, 121)]);
    expect(summary.kind).toBe("series");
    if (summary.kind !== "series") return;
    expect([summary.first.year, summary.previous.year, summary.latest.year]).toEqual([2018, 2018, 2021]);
    expect(summary.change).toBe(21);
    expect(summary.changePercent).toBeCloseTo(0.21, 10);
    expect(summary.cagr).toBeCloseTo(1.21 ** (1 / 3) - 1, 10);
  });
  it("handles a fall to zero employment", () => {
    const summary = summariseTrend([point(2018, 50), point(2019, 0)]);
    expect(summary).toMatchObject({ kind: "series", change: -50, changePercent: -1, cagr: -1 });
  });
});
