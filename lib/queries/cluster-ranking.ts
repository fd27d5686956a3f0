import "server-only";
import { cachedQuery } from "./data-cache";
import { Prisma } from "../generated/prisma/client";
import { getPrisma } from "../db";
import { aggregateMembers } from "../dataset/regions";
import { chosenIndustryObservations, chosenObservations, type ClusterTypeFilter } from "./observations-sql";

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
  withheldCells: number;
  derivation: string | null;
  derivationEs: string | null;
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
export const getClusterRanking = cachedQuery(
  "getClusterRanking",
  async ({ region, year, type }: RankingFilters): Promise<RankedCluster[]> => {
    return getPrisma().$queryRaw<RankedCluster[]>(Prisma.sql`
    WITH chosen AS (${chosenObservations(region, year, type)})
    SELECT chosen.*,
      CASE WHEN "locationQuotient" IS NULL THEN NULL
           ELSE (RANK() OVER (ORDER BY "locationQuotient" DESC NULLS LAST))::int END AS "lqRank",
      CASE WHEN employment IS NULL THEN NULL
           ELSE (RANK() OVER (ORDER BY employment DESC NULLS LAST))::int END AS "employmentRank"
    FROM chosen
    ORDER BY "locationQuotient" DESC NULLS LAST, employment DESC NULLS LAST, "clusterCode"`);
  },
);

export type PublishedTotal = { employment: number; sourceTitle: string };

/**
 * All-industry employment as the source publishes it (CBP's "00" row), for a region and year: the
 * exact total, where the cluster sums are only lower bounds. An aggregate region (a side of the border)
 * has one only when every member has one. Null when the source publishes none for that year.
 */
export const getPublishedTotal = cachedQuery(
  "getPublishedTotal",
  async (region: string, year: number): Promise<PublishedTotal | null> => {
    const members = aggregateMembers[region] ?? [region];
    const rows = await getPrisma().$queryRaw<
      { regionCode: string; employment: number | null; sourceTitle: string }[]
    >(Prisma.sql`
    WITH chosen AS (${chosenIndustryObservations(Prisma.sql`o."regionCode" IN (${Prisma.join(members)}) AND o.year = ${year}
      AND o."industryId" IN (SELECT id FROM "Industry" WHERE code = '00')`)})
    SELECT "regionCode", employment, "sourceTitle" FROM chosen`);
    if (rows.length !== members.length || rows.some((row) => row.employment === null)) return null;
    return {
      employment: rows.reduce((sum, row) => sum + row.employment!, 0),
      sourceTitle: [...new Set(rows.map((row) => row.sourceTitle))].join("; "),
    };
  },
);
