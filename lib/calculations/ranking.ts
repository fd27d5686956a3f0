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
 * The numbers behind "Of the top 20 most concentrated clusters, 10 employ over 10,000 people and 5
 * over 20,000": the top N by location quotient, then how many of those clear each threshold.
 */
export function thresholdSummary(rows: readonly Rankable[], top: TopN, thresholds: readonly number[]) {
  const considered = takeTop(rankBy(rows, "lq"), top);
  return { considered: considered.length, counts: countAtOrAbove(considered, thresholds) };
}
