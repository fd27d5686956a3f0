import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import es from "../../messages/es.json";
import { clusterNamesEs } from "../../lib/dataset/cluster-names-es";
import { overviewDefaults, overviewShape } from "../../lib/filters";
import { formatters } from "../../lib/format";
import { parseSearchParams } from "../../lib/search-params";
import { sortClusterRows } from "../../lib/calculations/sort-clusters";

const keys = (value: unknown, prefix = ""): string[] =>
  typeof value === "object" && value !== null
    ? Object.entries(value).flatMap(([key, child]) => keys(child, `${prefix}${key}.`))
    : [prefix.slice(0, -1)];

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
    expect(
      parseSearchParams(overviewShape, overviewDefaults, {
        region: "06073",
        year: "2019",
        top: "all",
        t1: "5000",
        min: "0",
        view: "concentrated",
      }).values,
    ).toEqual({
      ...overviewDefaults,
      region: "06073",
      year: 2019,
      top: "all",
      t1: 5000,
      min: 0,
      view: "concentrated",
    });
    // No year in the URL: null, which the pages resolve to the latest year the region has data for.
    expect(overviewDefaults.year).toBeNull();
    const { values, invalid } = parseSearchParams(overviewShape, overviewDefaults, {
      region: "atlantis",
      year: "20x9",
      top: "7",
      type: "traded",
      t2: "-1",
      min: "-5",
      view: "all",
    });
    expect(values).toEqual({ ...overviewDefaults, type: "traded" });
    expect(invalid.map((param) => param.name)).toEqual(["region", "year", "top", "t2", "min", "view"]);
  });
  it("read URLSearchParams the same way", () => {
    expect(
      parseSearchParams(overviewShape, overviewDefaults, new URLSearchParams("top=10&region=mx-side")).values,
    ).toMatchObject({ top: 10, region: "mx-side" });
  });
});

describe("number formats", () => {
  it("follow en-US and es-MX and keep bounds visible", () => {
    expect(formatters("en").jobs(1289682)).toBe("1,289,682");
    expect(formatters("es").lq(3.468466)).toBe("3.47");
    expect(formatters("en").jobs(8705, true)).toBe("≥ 8,705");
    expect(formatters("en").integer(null)).toBe("—");
    expect(formatters("en").decimal(2.6)).toBe("2.6");
    // The marks the notes under tables promise: ≥ for a lower bound, * where CMP filled part in.
    expect(
      formatters("en").jobsMarked({ employment: 16017, employmentReported: 6322, employmentIsLowerBound: false }),
    ).toBe("16,017*");
    expect(
      formatters("en").jobsMarked({ employment: 8705, employmentReported: 8705, employmentIsLowerBound: true }),
    ).toBe("≥ 8,705");
    expect(
      formatters("es").jobsMarked({ employment: 10199, employmentReported: 10199, employmentIsLowerBound: false }),
    ).toBe("10,199");
  });
});

describe("sorting the clusters table", () => {
  const rows = [
    {
      clusterCode: 1,
      nameEn: "B",
      nameEs: "Á",
      employment: 5,
      locationQuotient: null,
      establishments: 1,
      averageWageUsd: 10,
    },
    {
      clusterCode: 2,
      nameEn: "A",
      nameEs: "B",
      employment: 9,
      locationQuotient: 2,
      establishments: 1,
      averageWageUsd: null,
    },
    {
      clusterCode: 3,
      nameEn: "C",
      nameEs: "C",
      employment: null,
      locationQuotient: 1,
      establishments: 1,
      averageWageUsd: 5,
    },
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
