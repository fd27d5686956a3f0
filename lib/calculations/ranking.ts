export type TopN = 10 | 20 | "all";

/** The employment chart's two views: the region's largest clusters (default), or the seed article's
 * "of the most concentrated clusters, how many employ over 10,000 / 20,000". */
export type EmploymentView = "largest" | "concentrated";

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

/**
 * The ranking by location quotient: only clusters with at least `minJobs` jobs, so that a cluster of a
 * few hundred jobs (Imperial's Metal Mining, 375) does not head a region's concentration ranking.
 * Headline cards, charts, CSVs and slides all rank through this.
 */
export function concentrationRanking<T extends Rankable>(rows: readonly T[], top: TopN, minJobs: number): T[] {
  return takeTop(
    rankBy(
      rows.filter((row) => row.employment !== null && row.employment >= minJobs),
      "lq",
    ),
    top,
  );
}

/** How many rows employ at least each threshold (a cluster "clears" a threshold at or above it). */
export function countAtOrAbove(rows: readonly Rankable[], thresholds: readonly number[]): number[] {
  return thresholds.map(
    (threshold) => rows.filter((row) => row.employment !== null && row.employment >= threshold).length,
  );
}

/**
 * Exactly the rows the two overview charts show: the top N by LQ (in the year with LQs, at least the
 * minimum size); and by employment either the region's N largest clusters (in the year shown) or, in
 * the article's view, the N most concentrated clusters ordered by their jobs in the same LQ year. The
 * charts, the CSV exports and the slides all call this, so they cannot disagree.
 */
export function overviewChartRows<T extends Rankable>(input: {
  yearRows: readonly T[];
  lqRows: readonly T[];
  top: TopN;
  minJobs: number;
  view: EmploymentView;
}) {
  const byLq = concentrationRanking(input.lqRows, input.top, input.minJobs);
  const byEmployment =
    input.view === "concentrated"
      ? rankBy(byLq, "employment")
      : takeTop(rankBy(input.yearRows, "employment"), input.top);
  return { byLq, byEmployment };
}
