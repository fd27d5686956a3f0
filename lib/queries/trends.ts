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
      source: { select: { title: true, importedAt: true } },
    },
    orderBy: [{ year: "asc" }],
  });
  const basisRank = { cmp_with_imputation: 0, published_total: 1, published_cells_sum: 2 } as const;
  // One point per year when several sources cover it, chosen as the ranking chooses (see chosenObservations).
  const preferred = (a: (typeof rows)[number], b: (typeof rows)[number]) =>
    basisRank[a.basis] - basisRank[b.basis] ||
    Number(a.employmentIsLowerBound) - Number(b.employmentIsLowerBound) ||
    (a.employmentIsLowerBound ? (b.employment ?? -1) - (a.employment ?? -1) : 0) ||
    b.source.importedAt.getTime() - a.source.importedAt.getTime();
  const best = new Map<string, (typeof rows)[number]>();
  for (const row of rows) {
    const key = `${row.regionCode}|${row.clusterCode}|${row.year}`;
    const current = best.get(key);
    if (!current || preferred(row, current) < 0) best.set(key, row);
  }
  const chosen = [...best.values()].sort((a, b) => a.year - b.year);
  return regionCodes.flatMap((regionCode) =>
    clusterCodes.map((clusterCode) => ({
      regionCode,
      clusterCode,
      points: chosen
        .filter((row) => row.regionCode === regionCode && row.clusterCode === clusterCode)
        .map((row, index, all) => ({
          year: row.year,
          value: row.basis === "cmp_with_imputation" ? row.employmentReported : row.employment,
          basis: row.basis === "published_total" ? "published_total" : "published_cells",
          lowerBound: row.basis === "cmp_with_imputation" || row.employmentIsLowerBound,
          pandemic: row.pandemicFlag,
          sourceTitle: row.source.title,
          seriesBreakBefore: index > 0 && all[index - 1]!.basis !== row.basis,
        })),
    })),
  );
});

export const getClusterSeries = cache(async (regionCode: string, clusterCodes: number[]) => getEmploymentSeries([regionCode], clusterCodes));
