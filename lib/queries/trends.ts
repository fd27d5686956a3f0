import "server-only";
import { cache } from "react";
import { getPrisma } from "../db";
import type { SeriesPoint } from "../calculations/growth";

export type TrendPoint = SeriesPoint & { sourceTitle: string; seriesBreakBefore: boolean };
export type EmploymentSeries = { regionCode: string; clusterCode: number; points: TrendPoint[] };
export type ClusterSeries = EmploymentSeries;

/**
 * Employment over every year and source for regions × clusters. CMP rows contribute their
 * reported-only employment (published cells), the figure comparable with CBP's published sums;
 * the change of program is still marked as a series break.
 */
export const getEmploymentSeries = cache(async (regionCodes: string[], clusterCodes: number[]): Promise<EmploymentSeries[]> => {
  const rows = await getPrisma().clusterObservation.findMany({
    where: { regionCode: { in: regionCodes }, clusterCode: { in: clusterCodes } },
    select: {
      regionCode: true,
      clusterCode: true,
      year: true,
      basis: true,
      employment: true,
      employmentReported: true,
      employmentIsLowerBound: true,
      pandemicFlag: true,
      source: { select: { title: true } },
    },
    orderBy: [{ year: "asc" }],
  });
  return regionCodes.flatMap((regionCode) =>
    clusterCodes.map((clusterCode) => ({
      regionCode,
      clusterCode,
      points: rows
        .filter((row) => row.regionCode === regionCode && row.clusterCode === clusterCode)
        .map((row, index, all) => ({
          year: row.year,
          value: row.basis === "cmp_with_imputation" ? row.employmentReported : row.employment,
          basis: row.basis === "published_total" ? "published_total" : "published_cells",
          lowerBound: row.basis !== "published_total",
          pandemic: row.pandemicFlag,
          sourceTitle: row.source.title,
          seriesBreakBefore: index > 0 && all[index - 1]!.basis !== row.basis,
        })),
    })),
  );
});

export const getClusterSeries = cache(async (regionCode: string, clusterCodes: number[]) => getEmploymentSeries([regionCode], clusterCodes));
