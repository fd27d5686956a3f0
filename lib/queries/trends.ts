import "server-only";
import { cachedQuery } from "./data-cache";
import { Prisma } from "../generated/prisma/client";
import { getPrisma } from "../db";
import { seriesOf, type SeriesPoint } from "../calculations/series";
import { clusterPrecedence } from "./observations-sql";

export type TrendPoint = SeriesPoint & {
  /** Employment from published cells only (CMP's emp_reported_tl): where it differs, part was filled in. */
  reported: number | null;
  basis: string;
  withheldCells: number;
  sourceTitle: string;
  sourcePublisher: string;
  seriesBreakBefore: boolean;
};
export type EmploymentSeries = { regionCode: string; clusterCode: number; points: TrendPoint[] };
export type ClusterSeries = EmploymentSeries;

type Row = {
  regionCode: string;
  clusterCode: number;
  year: number;
  employment: number | null;
  employmentReported: number | null;
  employmentIsLowerBound: boolean;
  basis: string;
  withheldCells: number;
  pandemicFlag: boolean;
  sourceTitle: string;
  sourcePublisher: string;
};

/**
 * Employment over every year for regions × clusters: one figure per year, chosen by the same
 * precedence rule as every other query, each tagged with its series (source and basis) so that
 * change is measured only within one series (lib/calculations/series.ts).
 */
export const getEmploymentSeries = cachedQuery(
  "getEmploymentSeries",
  async (regionCodes: string[], clusterCodes: number[]): Promise<EmploymentSeries[]> => {
    if (regionCodes.length === 0 || clusterCodes.length === 0) return [];
    const rows = await getPrisma().$queryRaw<Row[]>(Prisma.sql`
    SELECT DISTINCT ON (o."regionCode", o."clusterCode", o.year)
      o."regionCode", o."clusterCode", o.year, o.employment, o."employmentReported", o."employmentIsLowerBound",
      o.basis::text AS basis, o."withheldCells", o."pandemicFlag", s.title AS "sourceTitle", s.publisher AS "sourcePublisher"
    FROM "ClusterObservation" o
    JOIN "Source" s ON s.id = o."sourceId"
    WHERE o."regionCode" IN (${Prisma.join(regionCodes)}) AND o."clusterCode" IN (${Prisma.join(clusterCodes)})
    ORDER BY o."regionCode", o."clusterCode", o.year, ${clusterPrecedence}`);
    return regionCodes.flatMap((regionCode) =>
      clusterCodes.map((clusterCode) => {
        const chosen = rows.filter((row) => row.regionCode === regionCode && row.clusterCode === clusterCode);
        const points = chosen.map((row): Omit<TrendPoint, "seriesBreakBefore"> => ({
          year: row.year,
          value: row.employment,
          reported: row.employmentReported,
          basis: row.basis,
          withheldCells: row.withheldCells,
          series: seriesOf({ publisher: row.sourcePublisher, basis: row.basis, withheldCells: row.withheldCells }),
          lowerBound: row.employmentIsLowerBound,
          pandemic: row.pandemicFlag,
          sourceTitle: row.sourceTitle,
          sourcePublisher: row.sourcePublisher,
        }));
        return {
          regionCode,
          clusterCode,
          points: points.map((point, index) => ({
            ...point,
            seriesBreakBefore: index > 0 && points[index - 1]!.series !== point.series,
          })),
        };
      }),
    );
  },
);

export const getClusterSeries = (regionCode: string, clusterCodes: number[]) =>
  getEmploymentSeries([regionCode], clusterCodes);
