import { describe, expect, it } from "vitest";
import {
  barViewCluster,
  clusterAcrossRegions,
  comparisonViewRows,
  heatmapClusterOrder,
  heatmapGrid,
  lqColor,
  matchesQuery,
  openingCluster,
  type CompareCell,
} from "../../lib/calculations/compare";
import { compareDefaults, compareShape, maxComparedRegions } from "../../lib/filters";
import { parseSearchParams } from "../../lib/search-params";

const cell = (
  regionCode: string,
  clusterCode: number,
  locationQuotient: number | null,
  employment: number | null = 1000,
): CompareCell => ({ regionCode, clusterCode, locationQuotient, employment });

describe("the heatmap's colours", () => {
  it("is neutral at LQ 1, symmetric on a log scale, saturated at 4 and ¼ and beyond", () => {
    expect(lqColor(1)!.fill).toBe("#f7f7f7");
    expect(lqColor(4)!.fill).toBe("#0072b2");
    expect(lqColor(40)!.fill).toBe("#0072b2");
    expect(lqColor(0.25)!.fill).toBe("#d55e00");
    // A cluster with no jobs in the region (CMP publishes LQ 0) is as far below as the scale goes, not missing.
    expect(lqColor(0)!.fill).toBe("#d55e00");
    // 2 and ½ are equally far from the neutral grey: the same share of the way to each end.
    const channel = (hex: string, index: number) => parseInt(hex.slice(1 + index * 2, 3 + index * 2), 16);
    expect(channel(lqColor(2)!.fill, 0)).toBe(Math.round(247 + (0 - 247) * 0.5));
    expect(channel(lqColor(0.5)!.fill, 0)).toBe(Math.round(247 + (213 - 247) * 0.5));
  });

  it("gives no colour to a missing figure", () => {
    expect(lqColor(null)).toBeNull();
    expect(lqColor(Number.NaN)).toBeNull();
    expect(lqColor(-1)).toBeNull();
  });
});

describe("the heatmap's cluster order", () => {
  it("puts the clusters the regions share a concentration in first, not one region's outlier", () => {
    const cells = [
      // Cluster 1: one region at 54×, two with none at all (Coal Mining along the border).
      cell("a", 1, 54),
      cell("b", 1, 0),
      cell("c", 1, 0),
      // Cluster 2: all three above the U.S. share.
      cell("a", 2, 2),
      cell("b", 2, 1.5),
      cell("c", 2, 3),
      // Cluster 3: around the U.S. share.
      cell("a", 3, 1),
      cell("b", 3, 0.9),
      cell("c", 3, 1.1),
    ];
    expect(heatmapClusterOrder(cells, [1, 2, 3, 4])).toEqual([2, 3, 1, 4]);
  });

  it("leaves missing figures out of the mean and breaks ties by code", () => {
    const cells = [cell("a", 5, 2), cell("b", 5, null), cell("a", 6, 2), cell("b", 6, 2)];
    expect(heatmapClusterOrder(cells, [6, 5])).toEqual([5, 6]);
  });

  it("lays out the grid in that order, regions in the order asked, missing as null", () => {
    const grid = heatmapGrid([cell("a", 1, 2), cell("b", 2, 3), cell("b", 1, null)], ["b", "a"], [1, 2]);
    expect(grid.map((row) => [row.clusterCode, row.cells.map((entry) => entry?.locationQuotient ?? null)])).toEqual([
      [2, [3, null]],
      [1, [null, 2]],
    ]);
  });
});

describe("one cluster across regions", () => {
  const cells = [cell("a", 1, 1.2, 500), cell("b", 1, 3.1, 200), cell("c", 1, null, null), cell("d", 1, 0.4, 9000)];

  it("ranks by LQ or by jobs, and lists a region without the figure apart (never as zero)", () => {
    expect(clusterAcrossRegions(cells, ["a", "b", "c", "d", "e"], 1, "lq")).toEqual({
      ranked: [cells[1], cells[0], cells[3]],
      missing: ["c", "e"],
    });
    expect(
      clusterAcrossRegions(cells, ["a", "b", "c", "d"], 1, "jobs").ranked.map((entry) => entry.regionCode),
    ).toEqual(["d", "a", "b"]);
  });

  it("opens the bar view on the first region's most concentrated cluster of at least 1,000 jobs", () => {
    const mix = [cell("a", 1, 9, 300), cell("a", 2, 2.5, 4000), cell("a", 3, 3, 900), cell("b", 4, 20, 9000)];
    expect(openingCluster(mix, "a", new Set([1, 2, 3, 4]), 1000)).toBe(2);
    expect(barViewCluster(mix, ["a", "b"], [1, 2, 3, 4], null)).toBe(2);
    expect(barViewCluster(mix, ["a", "b"], [1, 2, 3, 4], 3)).toBe(3);
    // A cluster not listed (a local cluster while only traded ones are shown) falls back to the opening one.
    expect(barViewCluster(mix, ["a", "b"], [1, 2, 4], 3)).toBe(2);
  });

  it("gives each view the rows it shows: bars ranked, heatmap every cell, table one cluster or all", () => {
    const codes = ["a", "b", "c", "d"];
    expect(
      comparisonViewRows(cells, codes, [1], { view: "bars", metric: "lq", cluster: 1 }).map((row) => row.regionCode),
    ).toEqual(["b", "a", "d"]);
    expect(
      comparisonViewRows(cells, codes, [1], { view: "heatmap", metric: "lq", cluster: 1 }).map((row) => [
        row.regionCode,
        row.cell?.locationQuotient ?? null,
      ]),
    ).toEqual([
      ["a", 1.2],
      ["b", 3.1],
      ["c", null],
      ["d", 0.4],
    ]);
    expect(
      comparisonViewRows(cells, codes, [1], { view: "table", metric: "jobs", cluster: 1 }).map((row) => row.regionCode),
    ).toEqual(["d", "a", "b", "c"]);
  });
});

describe("the region picker's search", () => {
  it("matches every word typed, without regard to accents or case, in either language's name or the code", () => {
    expect(matchesQuery("san die", ["San Diego-Carlsbad, CA", "San Diego-Carlsbad, CA"])).toBe(true);
    expect(matchesQuery("nuevo leon", ["Nuevo León", "Nuevo León"])).toBe(true);
    expect(matchesQuery("MEXICALI", ["Mexicali", "Mexicali"])).toBe(true);
    expect(matchesQuery("el paso tx", ["El Paso, TX", "El Paso, TX", "cbsa-21340"])).toBe(true);
    expect(matchesQuery("21340", ["El Paso, TX", "El Paso, TX", "cbsa-21340"])).toBe(true);
    expect(matchesQuery("paso az", ["El Paso, TX"])).toBe(false);
    expect(matchesQuery("   ", ["Anything"])).toBe(false);
  });
});

describe("the comparison's URL", () => {
  it("reads regions as a de-duplicated list and refuses more than the maximum, falling back with a notice", () => {
    expect(
      parseSearchParams(
        compareShape,
        compareDefaults,
        new URLSearchParams("r=06073,cbsa-21340,06073&view=table&cluster=1"),
      ).values,
    ).toMatchObject({ r: ["06073", "cbsa-21340"], view: "table", cluster: 1 });
    const tooMany = Array.from({ length: maxComparedRegions + 1 }, (_, index) => `cbsa-${10000 + index}`).join(",");
    const parsed = parseSearchParams(compareShape, compareDefaults, new URLSearchParams(`r=${tooMany}`));
    expect(parsed.values.r).toEqual([]);
    expect(parsed.invalid.map((param) => param.name)).toEqual(["r"]);
    expect(
      parseSearchParams(compareShape, compareDefaults, new URLSearchParams("r=06073;DROP")).invalid.map(
        (param) => param.name,
      ),
    ).toEqual(["r"]);
  });
});

describe("metro names on charts", () => {
  it("keeps the first principal city and state of a long name, and short names whole", async () => {
    const { chartRegionLabel } = await import("../../lib/format");
    expect(chartRegionLabel("Philadelphia-Camden-Wilmington, PA-NJ-DE-MD")).toBe("Philadelphia, PA");
    expect(chartRegionLabel("Nashville-Davidson--Murfreesboro--Franklin, TN")).toBe("Nashville-Davidson, TN");
    expect(chartRegionLabel("San Diego-Carlsbad, CA (metro area)")).toBe("San Diego, CA (metro area)");
    expect(chartRegionLabel("Winston-Salem, NC")).toBe("Winston-Salem, NC");
    expect(chartRegionLabel("San Diego and Imperial counties (U.S. side)")).toBe(
      "San Diego and Imperial counties (U.S. side)",
    );
  });
});
