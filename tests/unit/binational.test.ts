import { describe, expect, it } from "vitest";
import { crossBothSides } from "../../lib/calculations/both-sides";
import { factTopicOf, headlineCards, headlineMeasureOf, type FactLike } from "../../lib/calculations/facts";
import { insuredLines, manufacturingBars } from "../../lib/charts/binational";
import { placeLabels } from "../../lib/charts/label-layout";
import type { ManufacturingBar } from "../../lib/queries/binational";
import type { InsuredMonth } from "../../lib/queries/insured";

const fact = (overrides: Partial<FactLike>): FactLike => ({
  key: "k",
  geography: "CaliBaja mega-region",
  scope: "",
  metric: "residents",
  valueNumber: 6_000_000,
  bound: "lower",
  year: 2016,
  benchmark: null,
  ...overrides,
});

describe("headline cards of the mega-region", () => {
  it("reads the measure from the metric, and only for the mega-region itself", () => {
    expect(headlineMeasureOf(fact({}))).toBe("population");
    expect(headlineMeasureOf(fact({ metric: "gross regional product (USD)" }))).toBe("gdp");
    expect(headlineMeasureOf(fact({ geography: "San Diego County" }))).toBeNull();
    expect(headlineMeasureOf(fact({ metric: "share of establishments that are micro" }))).toBeNull();
  });

  it("shows the latest stated year, lists every figure, and says when the sources differ", () => {
    const cards = headlineCards([
      fact({ key: "a", year: 2014, valueNumber: 6_500_000, bound: "approximate" }),
      fact({ key: "b", year: 2016, valueNumber: 6_000_000, bound: "lower" }),
      fact({ key: "c", year: null, valueNumber: 7_000_000, bound: "approximate" }),
      fact({ key: "d", metric: "airports", valueNumber: 5, bound: "exact" }),
    ]);
    expect(cards.map((card) => card.measure)).toEqual(["population", "airports"]);
    const population = cards[0]!;
    expect(population.shown.key).toBe("b");
    expect(population.all.map((entry) => entry.key)).toEqual(["b", "a", "c"]);
    expect(population.sourcesDiffer).toBe(true);
    expect(cards[1]!.sourcesDiffer).toBe(false);
  });

  it("files a figure under one topic", () => {
    expect(factTopicOf(fact({ scope: "Medical device manufacturing", metric: "location quotient" }))).toBe(
      "industries",
    );
    expect(factTopicOf(fact({ metric: "land border crossings" }))).toBe("infrastructure");
    expect(factTopicOf(fact({ metric: "share of establishments that are micro" }))).toBe("business");
    expect(factTopicOf(fact({ metric: "residents" }))).toBe("people");
    expect(factTopicOf(fact({ metric: "gross regional product" }))).toBe("economy");
  });
});

describe("clusters strong on both sides", () => {
  const us = (clusterCode: number, locationQuotient: number | null) => ({
    clusterCode,
    nameEn: `c${clusterCode}`,
    nameEs: `c${clusterCode}`,
    locationQuotient,
    employment: 1000,
    employmentReported: 900,
  });

  it("needs an LQ above 1 on the U.S. side and a large plant on the Mexican side", () => {
    const rows = crossBothSides(
      [us(1, 3.0), us(2, 1.0), us(3, 0.4), us(4, null), us(5, 1.5)],
      [
        { clusterCode: 1, count: 11 },
        { clusterCode: 2, count: 22 },
        { clusterCode: 3, count: 5 },
        { clusterCode: null, count: 196 },
      ],
      [
        { candidateClusterCodes: [3, 5], count: 7 },
        { candidateClusterCodes: [5], count: 2 },
        { candidateClusterCodes: [], count: 40 },
      ],
    );
    // LQ exactly 1 is not "above"; no LQ is not strong; a cluster strong on neither side is left out.
    // Plants of an activity spanning clusters count for none of them and show beside each candidate.
    expect(rows.map((row) => [row.clusterCode, row.strongOnBoth, row.mxPlants, row.mxPlantsShared])).toEqual([
      [1, true, 11, 0],
      [2, false, 22, 0],
      [3, false, 5, 7],
      [5, false, 0, 9],
    ]);
  });
});

describe("the two-sided manufacturing chart", () => {
  const bar = (overrides: Partial<ManufacturingBar>): ManufacturingBar => ({
    regionCode: "06073",
    nameEn: "San Diego County",
    nameEs: "Condado de San Diego",
    side: "US",
    measure: "cbp_employees",
    year: 2020,
    value: 97_800,
    lowerBound: true,
    withheldCells: 0,
    sourceTitle: "CBP 2020",
    ...overrides,
  });

  it("keeps a bound a bound, leaves out a missing side, and colours by side", () => {
    const bars = manufacturingBars(
      [
        bar({}),
        bar({
          regionCode: "02004",
          nameEn: "Tijuana",
          nameEs: "Tijuana",
          side: "MX",
          value: 253_580,
          lowerBound: false,
        }),
        bar({ regionCode: "02001", value: null, side: "MX" }),
      ],
      "en",
      (entry) => (entry.side === "US" ? "CBP" : "IMSS"),
    );
    expect(bars.map((entry) => [entry.key, entry.valueLabel, entry.sublabel])).toEqual([
      ["06073", "≥ 97,800", "CBP"],
      ["02004", "253,580", "IMSS"],
    ]);
    expect(bars[0]!.color).not.toBe(bars[1]!.color);
  });
});

describe("IMSS lines", () => {
  const month = (sectorCode: string, year: number, monthNumber: number, value: number): InsuredMonth => ({
    measure: "permanent_workers",
    sectorCode,
    year,
    month: monthNumber,
    value,
    insuredPersons: null,
    sourceTitle: "IMSS",
  });

  it("leaves a missing month as a gap and shades the COVID-19 months", () => {
    const { series, shaded, months } = insuredLines(
      [
        month("3", 2020, 2, 100),
        month("3", 2020, 3, 90),
        month("3", 2020, 4, 80),
        month("4", 2020, 2, 10),
        month("4", 2020, 4, 12),
      ],
      "en",
      "COVID-19",
    );
    expect(months).toEqual(["2020-02", "2020-03", "2020-04"]);
    expect(series.find((line) => line.key === "4")!.points.map((point) => point.value)).toEqual([10, null, 12]);
    expect(shaded).toEqual([{ from: "2020-03", to: "2020-04", label: "COVID-19" }]);
  });
});

describe("label placement", () => {
  it("never draws two labels over each other, nor outside the plot", () => {
    const bounds = { left: 0, right: 200, top: 0, bottom: 100 };
    const placed = placeLabels(
      [
        { key: "a", label: "Tijuana", x: 50, y: 50, radius: 0 },
        { key: "b", label: "Tecate", x: 52, y: 50, radius: 0 },
        { key: "c", label: "Edge", x: 199, y: 85, radius: 0 },
        { key: "d", label: "Corner", x: 199, y: 2, radius: 0 },
      ],
      { fontSize: 12, bounds, maxLabels: 4 },
    );
    const keys = placed.map((label) => label.key);
    expect(keys[0]).toBe("a");
    // "b" sits almost on "a": it goes to a free side (below) instead of on top of it.
    const a = placed.find((label) => label.key === "a")!;
    const b = placed.find((label) => label.key === "b");
    if (b) expect(Math.abs(b.y - a.y)).toBeGreaterThan(12);
    // "Edge" fits only to the left; "Corner" fits nowhere inside the plot and is left to the table.
    expect(placed.find((label) => label.key === "c")!.anchor).toBe("end");
    expect(keys).not.toContain("d");
  });
});
