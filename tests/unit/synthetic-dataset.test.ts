import { describe, expect, it } from "vitest";
import {
  syntheticRegions,
  syntheticRowCount,
  syntheticRows,
  type ScaleShape,
  type SyntheticRow,
} from "../../lib/scale/synthetic-dataset";

const shape: ScaleShape = {
  usCounties: 40,
  mxMunicipios: 25,
  firstYear: 2010,
  years: 4,
  clusterCodes: [1, 2, 3, 4, 5, 6],
  localClusterCodes: new Set([5, 6]),
  seed: 7,
};
const rows = [...syntheticRows(shape)].flat();
const cell = (region: string, cluster: number, year: number) =>
  rows.find((row) => row.regionCode === region && row.clusterCode === cluster && row.year === year)!;

describe("synthetic scale dataset", () => {
  it("holds every region (with both sides and both nations) × cluster × year once", () => {
    const regions = syntheticRegions(shape).length + 4;
    expect(rows).toHaveLength(regions * 6 * 4);
    expect(syntheticRowCount(shape)).toBe(rows.length);
    const keys = new Set(rows.map((row) => `${row.regionCode}|${row.clusterCode}|${row.year}`));
    expect(keys.size).toBe(rows.length);
  });

  it("is the same dataset for the same seed, another for another", () => {
    const again = [...syntheticRows(shape)].flat();
    expect(again.map((row) => row.employment)).toEqual(rows.map((row) => row.employment));
    const other = [...syntheticRows({ ...shape, seed: 8 })].flat();
    expect(other.map((row) => row.employment)).not.toEqual(rows.map((row) => row.employment));
  });

  it("names its made-up places as synthetic and keeps the real codes only for the CaliBaja places", () => {
    const generated = syntheticRegions(shape).filter((region) => region.generated);
    expect(generated).toHaveLength(65);
    for (const region of generated) {
      expect(region.code).toMatch(/^syn-(us|mx)-\d{4}$/);
      expect(region.nameEn).toMatch(/^Synthetic (county|municipio) \d{4}$/);
      expect(region.nameEs).toMatch(/sintético \d{4}$/);
    }
  });

  it("sums each side from its members, and shows a sum with a suppressed member as missing", () => {
    let checked = 0;
    for (const cluster of shape.clusterCodes)
      for (let year = 2010; year < 2014; year++) {
        const members = ["02004", "02002", "02003", "02001", "02005"].map(
          (code) => cell(code, cluster, year).employment,
        );
        const side = cell("mx-side", cluster, year);
        if (members.some((value) => value === null)) expect(side.employment).toBeNull();
        else expect(side.employment).toBe(members.reduce((sum, value) => sum! + value!, 0));
        checked++;
      }
    expect(checked).toBe(24);
  });

  it("computes location quotients from the generated figures against the place's own country", () => {
    const usCells = rows.filter((row) => row.lqBenchmarkCode === "US" && !row.derivation);
    const county = usCells.find(
      (row) => row.regionCode === "syn-us-0003" && row.clusterCode === 2 && row.year === 2012,
    )!;
    const published = (row: SyntheticRow) => row.employment !== null;
    const countyTotal = rows
      .filter((row) => row.regionCode === "syn-us-0003" && row.year === 2012 && published(row))
      .reduce((sum, row) => sum + row.employment!, 0);
    const nation = cell("US", 2, 2012).employment!;
    const nationTotal = rows
      .filter((row) => row.regionCode === "US" && row.year === 2012)
      .reduce((sum, row) => sum + row.employment!, 0);
    expect(county.employment).not.toBeNull();
    expect(county.locationQuotient).toBeCloseTo(county.employment! / countyTotal / (nation / nationTotal), 3);
    // The nations are the benchmark: no LQ of their own.
    expect(cell("MX", 2, 2012).locationQuotient).toBeNull();
  });

  it("leaves some small places' cells suppressed, as null, never 0", () => {
    const suppressed = rows.filter((row) => row.employment === null);
    expect(suppressed.length).toBeGreaterThan(0);
    for (const row of suppressed) {
      expect(row.locationQuotient).toBeNull();
      expect(row.establishments).toBeNull();
    }
  });
});
