import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { buildClusters } from "../../lib/dataset/build-reference";
import { dataDir } from "../../lib/dataset/files";
import { assignNaics2017ToClusters } from "../../lib/dataset/naics-clusters";
import { readNaicsConcordance } from "../../lib/dataset/reference-files";
import { deriveAggregates } from "../../lib/import/derive";
import { parseCbpTable } from "../../lib/import/formats/cbp-table";
import type { ImportReference } from "../../lib/import/reference";
import type { ParsedImport } from "../../lib/import/types";
import { fileOnlyReference } from "../support/reference";

const { clusterOfNaics2012 } = buildClusters();
const { assignments } = assignNaics2017ToClusters(readNaicsConcordance(), clusterOfNaics2012);
const cbpFiles = ["2017", "2018_2019", "2020", "2021", "2022", "2023"].map((year) =>
  path.join(dataDir, `us/cbp_${year}_san_diego_imperial_naics2017.csv`),
);
const csvRows = (file: string) => parse(fs.readFileSync(file), { columns: true }) as Record<string, string>[];

describe("NAICS 2017 → cluster assignment through the official concordance", () => {
  it("puts each of the 18 codes missing from the NAICS 2012 definitions into exactly one cluster", () => {
    const changed = csvRows(path.join(dataDir, "us/naics2017_codes_not_in_cmp_definitions_DERIVED.csv")) as {
      naics2017_code: string;
    }[];
    expect(changed).toHaveLength(18);
    const expected = csvRows(path.join(dataDir, "us/naics2017_codes_to_cmp_cluster_DERIVED.csv")) as {
      naics2017_code: string;
      cmp_cluster_code: string;
    }[];
    for (const { naics2017_code } of changed) {
      const assignment = assignments.get(naics2017_code);
      expect(assignment, naics2017_code).toBeDefined();
      expect(assignment!.viaConcordance).toBe(true);
      const clusters = new Set(
        expected.filter((row) => row.naics2017_code === naics2017_code).map((row) => Number(row.cmp_cluster_code)),
      );
      expect([...clusters]).toEqual([assignment!.clusterCode]);
    }
  });

  it("assigns every six-digit industry of every shipped CBP year, 2017 to 2023", () => {
    const codes = new Set(
      cbpFiles
        .flatMap(csvRows)
        .filter((row) => row.naics_digits === "6")
        .map((row) => row.naics2017_code!),
    );
    expect(codes.size).toBeGreaterThan(753);
    expect([...codes].filter((code) => !assignments.has(code))).toEqual([]);
  });

  it("refuses to guess when a 2017 code splits across clusters", () => {
    const result = assignNaics2017ToClusters(
      [
        { naics2017_code: "999999", naics2012_code: "111111" },
        { naics2017_code: "999999", naics2012_code: "222222" },
        { naics2017_code: "888888", naics2012_code: "333333" },
      ],
      new Map([
        ["111111", 1],
        ["222222", 2],
      ]),
    );
    expect(result.ambiguous.get("999999")).toEqual([1, 2]);
    expect(result.unassigned).toEqual(["888888"]);
    expect(result.assignments.size).toBe(0);
  });
});

describe("County Business Patterns summed into clusters by the import pipeline", () => {
  let reference: ImportReference;
  const derived = new Map<string, ParsedImport>();
  beforeAll(async () => {
    reference = await fileOnlyReference();
    for (const file of cbpFiles)
      derived.set(
        path.basename(file),
        deriveAggregates(await parseCbpTable(file, reference, {}), reference, new Map()),
      );
  });
  const clustersOf = (year: string) => derived.get(`cbp_${year}_san_diego_imperial_naics2017.csv`)!.clusters;

  it("marks the sums as lower bounds without a location quotient, and flags the pandemic years", () => {
    const all = [...derived.values()].flatMap((parsed) => parsed.clusters);
    expect(all.every((row) => row.employmentIsLowerBound && row.locationQuotient === null)).toBe(true);
    expect(new Set(all.filter((row) => row.pandemicFlag).map((row) => row.year))).toEqual(new Set([2020, 2021]));
  });

  it("sums the published six-digit rows of a cluster, as an independent sum of the file says", () => {
    // San Diego, Water Transportation (50), 2022: the sum of the file's six-digit rows in that cluster.
    const expected = csvRows(cbpFiles[4]!)
      .filter(
        (row) =>
          row.county_fips === "06073" &&
          row.naics_digits === "6" &&
          assignments.get(row.naics2017_code!)?.clusterCode === 50,
      )
      .reduce((sum, row) => sum + Number(row.EMP), 0);
    expect(expected).toBeGreaterThan(0);
    expect(clustersOf("2022").find((row) => row.regionCode === "06073" && row.clusterCode === 50)?.employment).toBe(
      expected,
    );
  });

  it("adds the two counties into the U.S. side, cluster by cluster", () => {
    const rows = clustersOf("2018_2019");
    const side = rows.find((row) => row.regionCode === "us-side" && row.clusterCode === 50 && row.year === 2019)!;
    const counties = rows.filter((row) => row.regionCode !== "us-side" && row.clusterCode === 50 && row.year === 2019);
    expect(side.employment).toBe(counties.reduce((sum, row) => sum + row.employment!, 0));
  });

  it("stores the 73 withheld 2017 cells as missing and counts them in the clusters they belong to", () => {
    const cbp2017 = derived.get("cbp_2017_san_diego_imperial_naics2017.csv")!;
    const withheld = csvRows(cbpFiles[0]!).filter((row) => row.emp_withheld_in_source === "1");
    expect(withheld).toHaveLength(73);
    const stored = cbp2017.industries.filter((row) => row.regionCode !== "us-side" && row.withheld);
    expect(stored).toHaveLength(73);
    expect(stored.every((row) => row.employment === null && row.payrollThousandUsd === null)).toBe(true);
    const countyClusters = cbp2017.clusters.filter((row) => row.regionCode !== "us-side");
    expect(countyClusters.reduce((sum, row) => sum + row.withheldCells, 0)).toBe(
      withheld.filter((row) => row.naics_digits === "6").length,
    );
  });
});
