import "server-only";
import { cache } from "react";
import { Prisma } from "../generated/prisma/client";
import { getPrisma } from "../db";
import { chosenObservations, type ClusterTypeFilter } from "./observations-sql";

export type RankedCluster = {
  clusterCode: number;
  nameEn: string;
  nameEs: string;
  clusterType: "traded" | "local";
  employment: number | null;
  employmentReported: number | null;
  employmentIsLowerBound: boolean;
  establishments: number | null;
  payrollThousandUsd: number | null;
  averageWageUsd: number | null;
  locationQuotient: number | null;
  lqBenchmarkCode: string | null;
  lqPublished: boolean;
  pandemicFlag: boolean;
  basis: string;
  derivation: string | null;
  sourceKey: string;
  sourceTitle: string;
  sourcePublisher: string;
  sourceYear: number | null;
  sourceUrl: string | null;
  lqRank: number | null;
  employmentRank: number | null;
};

export type RankingFilters = { region: string; year: number; type: ClusterTypeFilter };

/** Every cluster of a region and year with its rank by concentration and by employment (ranked in SQL). */
export const getClusterRanking = cache(async ({ region, year, type }: RankingFilters): Promise<RankedCluster[]> => {
  return getPrisma().$queryRaw<RankedCluster[]>(Prisma.sql`
    WITH chosen AS (${chosenObservations(region, year, type)})
    SELECT chosen.*,
      CASE WHEN "locationQuotient" IS NULL THEN NULL
           ELSE (RANK() OVER (ORDER BY "locationQuotient" DESC NULLS LAST))::int END AS "lqRank",
      CASE WHEN employment IS NULL THEN NULL
           ELSE (RANK() OVER (ORDER BY employment DESC NULLS LAST))::int END AS "employmentRank"
    FROM chosen
    ORDER BY "locationQuotient" DESC NULLS LAST, employment DESC NULLS LAST, "clusterCode"`);
});

export type RegionTotals = {
  clusters: number;
  employment: number | null;
  anyLowerBound: boolean;
  mostConcentratedCode: number | null;
  largestCode: number | null;
};

/** Totals over the chosen observations, aggregated in SQL. */
export const getRegionTotals = cache(async ({ region, year, type }: RankingFilters): Promise<RegionTotals> => {
  const [row] = await getPrisma().$queryRaw<RegionTotals[]>(Prisma.sql`
    WITH chosen AS (${chosenObservations(region, year, type)})
    SELECT COUNT(*)::int AS clusters,
      SUM(employment)::float8 AS employment,
      COALESCE(BOOL_OR("employmentIsLowerBound"), false) AS "anyLowerBound",
      (SELECT "clusterCode" FROM chosen WHERE "locationQuotient" IS NOT NULL ORDER BY "locationQuotient" DESC, "clusterCode" LIMIT 1) AS "mostConcentratedCode",
      (SELECT "clusterCode" FROM chosen WHERE employment IS NOT NULL ORDER BY employment DESC, "clusterCode" LIMIT 1) AS "largestCode"
    FROM chosen`);
  return row ?? { clusters: 0, employment: null, anyLowerBound: false, mostConcentratedCode: null, largestCode: null };
});
