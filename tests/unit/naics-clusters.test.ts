import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { buildClusters, readAllCbp } from "../../lib/dataset/build-reference";
import { buildCbpClusterObservations } from "../../lib/dataset/build-observations";
import { dataDir } from "../../lib/dataset/files";
import { assignNaics2017ToClusters, sumIndustriesToClusters } from "../../lib/dataset/naics-clusters";

const { clusterOfNaics2012 } = buildClusters();
const cbp = readAllCbp(clusterOfNaics2012);

describe("NAICS 2017 → cluster assignment through the official concordance", () => {
  it("puts each of the 18 codes missing from the NAICS 2012 definitions into exactly one cluster", () => {
    const changed = parse(fs.readFileSync(path.join(dataDir, "us/naics2017_codes_not_in_cmp_definitions_DERIVED.csv")), { columns: true }) as { naics2017_code: string }[];
    expect(changed).toHaveLength(18);
    const expected = parse(fs.readFileSync(path.join(dataDir, "us/naics2017_codes_to_cmp_cluster_DERIVED.csv")), { columns: true }) as { naics2017_code: string; cmp_cluster_code: string }[];
    for (const { naics2017_code } of changed) {
      const assignment = cbp.assignments.get(naics2017_code);
      expect(assignment, naics2017_code).toBeDefined();
      expect(assignment!.viaConcordance).toBe(true);
      const clusters = new Set(expected.filter((row) => row.naics2017_code === naics2017_code).map((row) => Number(row.cmp_cluster_code)));
      expect([...clusters]).toEqual([assignment!.clusterCode]);
    }
  });

  it("assigns every six-digit industry of every shipped CBP year", () => {
    const codes = new Set(cbp.rows.filter((row) => row.naics_digits === 6).map((row) => row.naics2017_code));
    expect(codes.size).toBe(753);
    expect([...codes].filter((code) => !cbp.assignments.has(code))).toEqual([]);
  });

  it("refuses to guess when a 2017 code splits across clusters", () => {
    const result = assignNaics2017ToClusters(
      [
        { naics2017_code: "999999", naics2012_code: "111111" },
        { naics2017_code: "999999", naics2012_code: "222222" },
        { naics2017_code: "888888", naics2012_code: "333333" },
      ],
      new Map([["111111", 1], ["222222", 2]]),
    );
    expect(result.ambiguous.get("999999")).toEqual([1, 2]);
    expect(result.unassigned).toEqual(["888888"]);
    expect(result.assignments.size).toBe(0);
  });
});

describe("summing industries into clusters", () => {
  it("adds employment and establishments, and keeps payroll only where every industry has it", () => {
    const assignments = new Map([["111111", { clusterCode: 7, naics2012Codes: ["111111"], viaConcordance: false }], ["222222", { clusterCode: 7, naics2012Codes: ["222222"], viaConcordance: false }]]);
    const { sums, unmapped } = sumIndustriesToClusters(
      [
        { regionCode: "A", year: 2020, code: "111111", employment: 10, establishments: 2, payrollThousandUsd: 100 },
        { regionCode: "A", year: 2020, code: "222222", employment: 5, establishments: 1, payrollThousandUsd: null },
        { regionCode: "A", year: 2020, code: "333333", employment: 1, establishments: 1, payrollThousandUsd: 1 },
      ],
      assignments,
    );
    expect(sums).toEqual([{ regionCode: "A", year: 2020, clusterCode: 7, employment: 15, establishments: 3, payrollThousandUsd: null, industries: 2 }]);
    expect(unmapped.map((row) => row.code)).toEqual(["333333"]);
  });

  it("marks CBP cluster sums as lower bounds without a location quotient, and flags the pandemic years", () => {
    const { observations, unmappedCodes } = buildCbpClusterObservations(cbp);
    expect(unmappedCodes).toEqual([]);
    expect(observations.every((row) => row.employmentIsLowerBound && row.locationQuotient === null)).toBe(true);
    expect(new Set(observations.filter((row) => row.pandemicFlag).map((row) => row.year))).toEqual(new Set([2020, 2021]));
    // The U.S. side is the sum of the two counties, cluster by cluster.
    const side = observations.find((row) => row.regionCode === "us-side" && row.clusterCode === 50 && row.year === 2019)!;
    const counties = observations.filter((row) => row.regionCode !== "us-side" && row.clusterCode === 50 && row.year === 2019);
    expect(side.employment).toBe(counties.reduce((sum, row) => sum + row.employment!, 0));
  });
});
