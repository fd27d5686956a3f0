import "server-only";
import { cachedQuery } from "./data-cache";
import { summariseSeries } from "../calculations/series";
import { getClusterRanking, type RankedCluster } from "./cluster-ranking";
import { getEmploymentSeries } from "./trends";

export type PortfolioPoint = RankedCluster & { locationQuotient: number; employment: number; y: number };

/** Why a cluster of the region is not on the chart: the bubble chart never shows a made-up position. */
export type LeftOut = {
  clusterCode: number;
  nameEn: string;
  nameEs: string;
  reason: "noJobs" | "noWage" | "noChange" | "otherSpan";
};

/**
 * A region's cluster portfolio: clusters with an LQ and employment, and on the vertical axis either
 * the average wage or the employment change over one span of one series (the span most clusters
 * share; a cluster measured over another span is left out, not mixed in). The x axis is logarithmic,
 * so a cluster with no jobs (LQ 0) cannot be placed and is listed apart, as is one without a wage.
 * The region page and its CSV export both call this.
 */
export const getRegionPortfolio = cachedQuery(
  "getRegionPortfolio",
  async (regionCode: string, year: number, requested: "wage" | "change") => {
    const rows = await getClusterRanking({ region: regionCode, year, type: "all" });
    const withLq = rows.filter((row) => row.locationQuotient !== null);
    const leftOut: LeftOut[] = [];
    const leave = (row: RankedCluster, reason: LeftOut["reason"]) =>
      leftOut.push({ clusterCode: row.clusterCode, nameEn: row.nameEn, nameEs: row.nameEs, reason });
    const placeable = withLq.filter((row) => {
      if (row.locationQuotient! > 0 && (row.employment ?? 0) > 0) return true;
      leave(row, "noJobs");
      return false;
    });
    let yKind = requested;
    let yRange: { from: number; to: number } | null = null;
    const changeOf = new Map<number, number>();
    if (yKind === "change" && placeable.length) {
      const series = await getEmploymentSeries(
        [regionCode],
        placeable.map((row) => row.clusterCode),
      );
      const spans = new Map(series.map((entry) => [entry.clusterCode, summariseSeries(entry.points).span]));
      const counts = new Map<string, number>();
      for (const span of spans.values())
        if (span && span.percent !== null)
          counts.set(`${span.from.year}-${span.to.year}`, (counts.get(`${span.from.year}-${span.to.year}`) ?? 0) + 1);
      const common = [...counts].sort((a, b) => b[1] - a[1] || b[0].localeCompare(a[0]))[0]?.[0];
      if (common) {
        const [from, to] = common.split("-").map(Number) as [number, number];
        yRange = { from, to };
        for (const [clusterCode, span] of spans) {
          if (span && span.percent !== null && span.from.year === from && span.to.year === to)
            changeOf.set(clusterCode, span.percent);
        }
      } else yKind = "wage";
    }
    const points: PortfolioPoint[] = placeable.flatMap((row) => {
      const y = yKind === "wage" ? row.averageWageUsd : changeOf.get(row.clusterCode);
      if (y === null || y === undefined) {
        leave(row, yKind === "wage" ? "noWage" : yRange ? "otherSpan" : "noChange");
        return [];
      }
      return [{ ...row, locationQuotient: row.locationQuotient!, employment: row.employment!, y }];
    });
    return { rows, points, leftOut, yKind, yRange, changeUnavailable: requested === "change" && yKind === "wage" };
  },
);
