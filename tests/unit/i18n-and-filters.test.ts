import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import es from "../../messages/es.json";
import { clusterNamesEs } from "../../lib/dataset/cluster-names-es";
import { overviewDefaults, overviewShape } from "../../lib/filters";
import { formatters } from "../../lib/format";
import { parseSearchParams, resolveYear } from "../../lib/search-params";
import { sortClusterRows } from "../../lib/calculations/sort-clusters";

const keys = (value: unknown, prefix = ""): string[] =>
  typeof value === "object" && value !== null ? Object.entries(value).flatMap(([key, child]) => keys(child, `${prefix}${key}.`)) : [prefix.slice(0, -1)];

describe("message catalogues", () => {
  it("have the same keys in English and Spanish", () => {
    expect(keys(es).sort()).toEqual(keys(en).sort());
  });
  it("name all 67 clusters in Spanish, each differently", () => {
    const names = Object.values(clusterNamesEs);
    expect(names).toHaveLength(67);
    expect(new Set(names).size).toBe(67);
  });
});

describe("overview URL parameters", () => {
  it("parse valid values and fall back field by field, reporting the bad ones", () => {
    expect(parseSearchParams(overviewShape, overviewDefaults, { region: "06073", year: "2019", top: "all", t1: "5000" }).values).toEqual({ ...overviewDefaults, region: "06073", year: 2019, top: "all", t1: 5000 });
    const { values, invalid } = parseSearchParams(overviewShape, overviewDefaults, { region: "atlantis", year: "20x9", top: "7", type: "traded", t2: "-1" });
    expect(values).toEqual({ ...overviewDefaults, type: "traded" });
    expect(invalid.map((param) => param.name)).toEqual(["region", "year", "top", "t2"]);
  });
  it("read URLSearchParams the same way", () => {
    expect(parseSearchParams(overviewShape, overviewDefaults, new URLSearchParams("top=10&region=mx-side")).values).toMatchObject({ top: 10, region: "mx-side" });
  });
});

describe("resolveYear", () => {
  it("keeps an available year, else falls back to the preferred one or the latest, and says so", () => {
    expect(resolveYear([2016, 2018], 2018, 2016)).toEqual({ year: 2018, fellBack: false });
    expect(resolveYear([2016, 2018], 2017, 2016)).toEqual({ year: 2016, fellBack: true });
    expect(resolveYear([2018, 2021], 2017, 2016)).toEqual({ year: 2021, fellBack: true });
    expect(resolveYear([], 2017, 2016)).toEqual({ year: 2017, fellBack: false });
  });
});

describe("number formats", () => {
  it("follow en-US and es-MX and keep bounds visible", () => {
    expect(formatters("en").jobs(1289682)).toBe("1,289,682");
    expect(formatters("es").lq(3.468466)).toBe("3.47");
    expect(formatters("en").jobs(8705, true)).toBe("≥ 8,705");
    expect(formatters("en").integer(null)).toBe("—");
    expect(formatters("en").decimal(2.6)).toBe("2.6");
  });
});

describe("sorting the clusters table", () => {
  const rows = [
    { clusterCode: 1, nameEn: "B", nameEs: "Á", employment: 5, locationQuotient: null, establishments: 1, averageWageUsd: 10 },
    { clusterCode: 2, nameEn: "A", nameEs: "B", employment: 9, locationQuotient: 2, establishments: 1, averageWageUsd: null },
    { clusterCode: 3, nameEn: "C", nameEs: "C", employment: null, locationQuotient: 1, establishments: 1, averageWageUsd: 5 },
  ];
  it("puts missing values last in both directions", () => {
    expect(sortClusterRows(rows, "lq", "desc", "en").map((row) => row.clusterCode)).toEqual([2, 3, 1]);
    expect(sortClusterRows(rows, "lq", "asc", "en").map((row) => row.clusterCode)).toEqual([3, 2, 1]);
    expect(sortClusterRows(rows, "employment", "asc", "en").map((row) => row.clusterCode)).toEqual([1, 2, 3]);
  });
  it("sorts names in the page's language", () => {
    expect(sortClusterRows(rows, "name", "asc", "es").map((row) => row.nameEs)).toEqual(["Á", "B", "C"]);
  });
});
