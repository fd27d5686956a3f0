/**
 * Location quotient: a region's share of employment in a cluster, divided by the benchmark
 * economy's share in the same cluster. Following the U.S. Cluster Mapping Project, the shares
 * are taken within the cluster's type: a traded cluster against all traded employment, a local
 * cluster against all local employment (with all-cluster totals the published values do not match).
 *
 *   LQ = (regionClusterEmployment / regionTypeEmployment) / (benchmarkClusterEmployment / benchmarkTypeEmployment)
 *
 * Returns null when a share cannot be formed (a zero or missing denominator): no LQ is better than a made-up one.
 */
export function locationQuotient(input: {
  regionClusterEmployment: number;
  regionTypeEmployment: number;
  benchmarkClusterEmployment: number;
  benchmarkTypeEmployment: number;
}): number | null {
  const { regionClusterEmployment, regionTypeEmployment, benchmarkClusterEmployment, benchmarkTypeEmployment } = input;
  const values = [regionClusterEmployment, regionTypeEmployment, benchmarkClusterEmployment, benchmarkTypeEmployment];
  if (values.some((value) => !Number.isFinite(value) || value < 0)) return null;
  if (regionTypeEmployment === 0 || benchmarkClusterEmployment === 0 || benchmarkTypeEmployment === 0) return null;
  const regionShare = regionClusterEmployment / regionTypeEmployment;
  const benchmarkShare = benchmarkClusterEmployment / benchmarkTypeEmployment;
  return regionShare / benchmarkShare;
}

/**
 * The national employment in a cluster that a CMP row implies: the region's employment divided by
 * its published share of national cluster employment (`emp_tl / cluster_emp_per_tf`).
 */
export function impliedBenchmarkEmployment(regionEmployment: number, regionShareOfBenchmark: number): number | null {
  if (!(regionEmployment > 0) || !(regionShareOfBenchmark > 0)) return null;
  return regionEmployment / regionShareOfBenchmark;
}

export type ClusterEmployment<T extends string = string> = { clusterCode: number; clusterType: T; employment: number };

/** Totals per cluster type (traded / local), the denominators of the within-type shares. */
export function totalsByType<T extends string>(rows: ReadonlyArray<ClusterEmployment<T>>): Map<T, number> {
  const totals = new Map<T, number>();
  for (const row of rows) totals.set(row.clusterType, (totals.get(row.clusterType) ?? 0) + row.employment);
  return totals;
}

/** LQs for every cluster of a region against a benchmark given per cluster. */
export function locationQuotients<T extends string>(
  region: ReadonlyArray<ClusterEmployment<T>>,
  benchmark: ReadonlyArray<ClusterEmployment<T>>,
): Map<number, number | null> {
  const regionTotals = totalsByType(region);
  const benchmarkTotals = totalsByType(benchmark);
  const benchmarkByCluster = new Map(benchmark.map((row) => [row.clusterCode, row.employment]));
  const result = new Map<number, number | null>();
  for (const row of region) {
    const benchmarkClusterEmployment = benchmarkByCluster.get(row.clusterCode);
    result.set(
      row.clusterCode,
      benchmarkClusterEmployment === undefined
        ? null
        : locationQuotient({
            regionClusterEmployment: row.employment,
            regionTypeEmployment: regionTotals.get(row.clusterType) ?? 0,
            benchmarkClusterEmployment,
            benchmarkTypeEmployment: benchmarkTotals.get(row.clusterType) ?? 0,
          }),
    );
  }
  return result;
}
