import path from "node:path";
import { parse } from "csv-parse/sync";
import fs from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import {
  locationQuotient,
  locationQuotients,
  impliedBenchmarkEmployment,
} from "../../lib/calculations/location-quotient";
import { deriveAggregates } from "../../lib/import/derive";
import { parseCmp } from "../../lib/import/formats/cmp";
import type { ImportReference } from "../../lib/import/reference";
import type { BenchmarkFigure, ParsedImport } from "../../lib/import/types";
import { fileOnlyReference } from "../support/reference";

describe("locationQuotient", () => {
  it("divides the regional share by the benchmark share", () => {
    expect(
      locationQuotient({
        regionClusterEmployment: 10,
        regionTypeEmployment: 100,
        benchmarkClusterEmployment: 50,
        benchmarkTypeEmployment: 1000,
      }),
    ).toBe(2);
  });
  it("is 0 for a cluster with no regional employment and null when a share cannot be formed", () => {
    expect(
      locationQuotient({
        regionClusterEmployment: 0,
        regionTypeEmployment: 100,
        benchmarkClusterEmployment: 5,
        benchmarkTypeEmployment: 10,
      }),
    ).toBe(0);
    expect(
      locationQuotient({
        regionClusterEmployment: 0,
        regionTypeEmployment: 0,
        benchmarkClusterEmployment: 5,
        benchmarkTypeEmployment: 10,
      }),
    ).toBeNull();
    expect(
      locationQuotient({
        regionClusterEmployment: 5,
        regionTypeEmployment: 10,
        benchmarkClusterEmployment: 0,
        benchmarkTypeEmployment: 10,
      }),
    ).toBeNull();
    expect(
      locationQuotient({
        regionClusterEmployment: Number.NaN,
        regionTypeEmployment: 10,
        benchmarkClusterEmployment: 1,
        benchmarkTypeEmployment: 10,
      }),
    ).toBeNull();
  });
  it("implies national employment only from a positive share", () => {
    expect(impliedBenchmarkEmployment(10, 0.5)).toBe(20);
    expect(impliedBenchmarkEmployment(0, 0.5)).toBeNull();
    expect(impliedBenchmarkEmployment(10, 0)).toBeNull();
  });
  it("leaves a cluster without a benchmark without an LQ", () => {
    const result = locationQuotients([{ clusterCode: 1, clusterType: "traded", employment: 5 }], []);
    expect(result.get(1)).toBeNull();
  });
});

const dataFile = (name: string) => path.resolve("prisma/data/us", name);
/** The county file as plain CSV, read here independently of the importer. */
const countyRows = parse(fs.readFileSync(dataFile("cmp_2016_clusters_san_diego_imperial.csv")), {
  columns: true,
}) as Record<string, string>[];

describe("the 2016 Cluster Mapping location quotients, through the CMP import format", () => {
  let reference: ImportReference;
  let national: { clusterCode: number; clusterType: "traded" | "local"; employment: number }[];
  let counties: ParsedImport;
  beforeAll(async () => {
    reference = await fileOnlyReference();
    const california = await parseCmp(dataFile("cmp_2016_clusters_california.csv"), reference, {});
    national = (california.benchmarks as BenchmarkFigure[])
      .filter((row) => row.clusterCode !== null)
      .map((row) => ({
        clusterCode: row.clusterCode!,
        clusterType: reference.clusters.get(row.clusterCode!)!.type,
        employment: row.employment,
      }));
    counties = await parseCmp(dataFile("cmp_2016_clusters_san_diego_imperial.csv"), reference, {});
  });

  it.each(["06073", "06025"])(
    "recomputes all 67 published LQs of county %s from California's implied U.S. totals within 0.001",
    (county) => {
      const rows = countyRows.filter((row) => row.county_fips === county);
      expect(rows).toHaveLength(67);
      const computed = locationQuotients(
        rows.map((row) => ({
          clusterCode: Number(row.cluster_code_t),
          clusterType: row.cluster_type as "traded" | "local",
          employment: Number(row.emp_tl),
        })),
        national,
      );
      const differences = rows.map((row) =>
        Math.abs((computed.get(Number(row.cluster_code_t)) ?? Number.NaN) - Number(row.lq_tf)),
      );
      expect(Math.max(...differences)).toBeLessThan(0.001);
    },
  );

  it("reads CMP's wage of 0 on a cluster whose jobs are all imputed as missing, never $0", () => {
    const metalMining = counties.clusters.find((row) => row.regionCode === "06025" && row.clusterCode === 31)!;
    const source = countyRows.find((row) => row.county_fips === "06025" && row.cluster_code_t === "31")!;
    expect([Number(source.emp_tl), Number(source.emp_reported_tl), Number(source.private_wage_tf)]).toEqual([
      375, 0, 0,
    ]);
    expect([metalMining.employment, metalMining.averageWageUsd]).toEqual([375, null]);
    const zeroWages = countyRows.filter((row) => Number(row.private_wage_tf) === 0).length;
    expect(counties.clusters.filter((row) => row.averageWageUsd === null)).toHaveLength(zeroWages);
  });

  it("computes U.S.-side LQs that lie between the two counties' published values", () => {
    const benchmarks = new Map([[2016, new Map(national.map((row) => [row.clusterCode, row.employment]))]]);
    const derived = deriveAggregates(counties, reference, benchmarks);
    const side = derived.clusters.filter((row) => row.regionCode === "us-side");
    expect(side).toHaveLength(67);
    const water = side.find((row) => row.clusterCode === 50)!;
    expect(water.employment).toBe(10199);
    expect(water.lqPublished).toBe(false);
    for (const row of side) {
      const [sanDiego, imperial] = ["06073", "06025"].map(
        (code) =>
          derived.clusters.find((o) => o.regionCode === code && o.clusterCode === row.clusterCode)!.locationQuotient!,
      );
      expect(row.locationQuotient!).toBeGreaterThanOrEqual(Math.min(sanDiego!, imperial!) - 1e-6);
      expect(row.locationQuotient!).toBeLessThanOrEqual(Math.max(sanDiego!, imperial!) + 1e-6);
    }
  });
});
