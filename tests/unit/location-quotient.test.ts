import { describe, expect, it } from "vitest";
import { locationQuotient, locationQuotients, impliedBenchmarkEmployment } from "../../lib/calculations/location-quotient";
import { buildClusters } from "../../lib/dataset/build-reference";
import { buildCmpObservations, buildNationalBenchmarks } from "../../lib/dataset/build-observations";
import { readCmpCounties } from "../../lib/dataset/us-files";

describe("locationQuotient", () => {
  it("divides the regional share by the benchmark share", () => {
    expect(locationQuotient({ regionClusterEmployment: 10, regionTypeEmployment: 100, benchmarkClusterEmployment: 50, benchmarkTypeEmployment: 1000 })).toBe(2);
  });
  it("is 0 for a cluster with no regional employment and null when a share cannot be formed", () => {
    expect(locationQuotient({ regionClusterEmployment: 0, regionTypeEmployment: 100, benchmarkClusterEmployment: 5, benchmarkTypeEmployment: 10 })).toBe(0);
    expect(locationQuotient({ regionClusterEmployment: 0, regionTypeEmployment: 0, benchmarkClusterEmployment: 5, benchmarkTypeEmployment: 10 })).toBeNull();
    expect(locationQuotient({ regionClusterEmployment: 5, regionTypeEmployment: 10, benchmarkClusterEmployment: 0, benchmarkTypeEmployment: 10 })).toBeNull();
    expect(locationQuotient({ regionClusterEmployment: Number.NaN, regionTypeEmployment: 10, benchmarkClusterEmployment: 1, benchmarkTypeEmployment: 10 })).toBeNull();
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

describe("the 2016 Cluster Mapping location quotients", () => {
  const { clusters } = buildClusters();
  const benchmarks = buildNationalBenchmarks(clusters);
  const typeOf = new Map(clusters.map((cluster) => [cluster.code, cluster.type]));
  const national = benchmarks
    .filter((row) => row.clusterCode !== null)
    .map((row) => ({ clusterCode: row.clusterCode!, clusterType: typeOf.get(row.clusterCode!)!, employment: row.employment }));

  it.each(["06073", "06025"])("recomputes all 67 published LQs of county %s within 0.001", (county) => {
    const rows = readCmpCounties().filter((row) => row.regionCode === county);
    expect(rows).toHaveLength(67);
    const computed = locationQuotients(
      rows.map((row) => ({ clusterCode: row.cluster_code_t, clusterType: row.cluster_type, employment: row.emp_tl })),
      national,
    );
    const differences = rows.map((row) => Math.abs((computed.get(row.cluster_code_t) ?? Number.NaN) - row.lq_tf));
    expect(Math.max(...differences)).toBeLessThan(0.001);
  });

  it("computes U.S.-side LQs that lie between the two counties' published values", () => {
    const observations = buildCmpObservations(clusters, benchmarks);
    const side = observations.filter((row) => row.regionCode === "us-side");
    expect(side).toHaveLength(67);
    const water = side.find((row) => row.clusterCode === 50)!;
    expect(water.employment).toBe(10199);
    expect(water.lqPublished).toBe(false);
    for (const row of side) {
      const [sanDiego, imperial] = ["06073", "06025"].map((code) => observations.find((o) => o.regionCode === code && o.clusterCode === row.clusterCode)!.locationQuotient!);
      expect(row.locationQuotient!).toBeGreaterThanOrEqual(Math.min(sanDiego!, imperial!) - 1e-6);
      expect(row.locationQuotient!).toBeLessThanOrEqual(Math.max(sanDiego!, imperial!) + 1e-6);
    }
  });
});
