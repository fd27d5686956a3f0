export type TopN = 10 | 20 | "all";

export type Rankable = { clusterCode: number; locationQuotient: number | null; employment: number | null };

/**
 * Clusters ordered by a metric, highest first; clusters without a value for it are left out (a
 * missing LQ is not an LQ of zero). Ties keep a stable order by cluster code.
 */
export function rankBy<T extends Rankable>(rows: readonly T[], metric: "lq" | "employment"): T[] {
  const value = (row: T) => (metric === "lq" ? row.locationQuotient : row.employment);
  return rows
    .filter((row) => value(row) !== null && Number.isFinite(value(row)))
    .sort((a, b) => value(b)! - value(a)! || a.clusterCode - b.clusterCode);
}

export function takeTop<T>(rows: readonly T[], top: TopN): T[] {
  return top === "all" ? [...rows] : rows.slice(0, top);
}

/** How many rows employ at least each threshold (a cluster "clears" a threshold at or above it). */
export function countAtOrAbove(rows: readonly Rankable[], thresholds: readonly number[]): number[] {
  return thresholds.map((threshold) => rows.filter((row) => row.employment !== null && row.employment >= threshold).length);
}

/**
 * Exactly the rows the two overview charts show, for a view: the concentration chart is the top N
 * by LQ; the employment chart is those same clusters ordered by jobs (or, in a year without LQs,
 * the top N by jobs). The charts and the CSV exports both call this, so they cannot disagree.
 */
export function overviewChartRows<T extends Rankable>(rows: readonly T[], top: TopN) {
  const hasLq = rows.some((row) => row.locationQuotient !== null);
  const byLq = takeTop(rankBy(rows, "lq"), top);
  const byEmployment = rankBy(hasLq ? byLq : takeTop(rankBy(rows, "employment"), top), "employment");
  return { hasLq, byLq, byEmployment };
}
