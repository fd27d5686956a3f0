import "server-only";
import { summariseTrend } from "../calculations/growth";
import { getClusterRanking, type RankedCluster } from "./cluster-ranking";
import { getEmploymentSeries } from "./trends";

export type PortfolioPoint = RankedCluster & { locationQuotient: number; employment: number; y: number };

/**
 * A region's cluster portfolio: clusters with an LQ and employment, and on the vertical axis either
 * the average wage or the employment change between the first and last comparable years.
 * The region page and its CSV export both call this.
 */
export async function getRegionPortfolio(regionCode: string, year: number, requested: "wage" | "change") {
  const rows = await getClusterRanking({ region: regionCode, year, type: "all" });
  const withLq = rows.filter((row) => row.locationQuotient !== null && row.locationQuotient > 0 && (row.employment ?? 0) > 0);
  let yKind = requested;
  let yRange: { from: number; to: number } | null = null;
  const changeOf = new Map<number, number>();
  if (yKind === "change" && withLq.length) {
    const series = await getEmploymentSeries([regionCode], withLq.map((row) => row.clusterCode));
    for (const entry of series) {
      const summary = summariseTrend(entry.points);
      if (summary.kind === "series" && summary.first.value! > 0) {
        changeOf.set(entry.clusterCode, (summary.latest.value! - summary.first.value!) / summary.first.value!);
        yRange = { from: summary.first.year, to: summary.latest.year };
      }
    }
    if (changeOf.size === 0) yKind = "wage";
  }
  const points: PortfolioPoint[] = withLq.flatMap((row) => {
    const y = yKind === "wage" ? row.averageWageUsd : changeOf.get(row.clusterCode);
    return y === null || y === undefined ? [] : [{ ...row, locationQuotient: row.locationQuotient!, employment: row.employment!, y }];
  });
  return { rows, points, yKind, yRange, changeUnavailable: requested === "change" && yKind === "wage" };
}
