import "server-only";
import { cache } from "react";
import { Prisma } from "../generated/prisma/client";
import { getPrisma } from "../db";

export type UsSideIndustryEmployment = { year: number; employment: number; lowerBound: boolean; pandemic: boolean };

/**
 * The binational top-10 ranking with each industry's cluster(s) and the U.S.-side employment that
 * CBP publishes for it. Per county and year the 4-digit industry row is used where published;
 * otherwise its published 6-digit rows are summed, which is a lower bound.
 */
export const getBinationalTopIndustries = cache(async () => {
  const prisma = getPrisma();
  const ranking = await prisma.industryRanking.findMany({
    orderBy: { rank: "asc" },
    include: {
      source: { select: { title: true, publisher: true, url: true, year: true } },
      members: { include: { cluster: { select: { code: true, nameEn: true, nameEs: true } }, subcluster: { select: { nameEn: true } } } },
    },
  });
  const employment = await prisma.$queryRaw<{ naics4: string; year: number; employment: number; lowerBound: boolean; pandemic: boolean }[]>(Prisma.sql`
    WITH ranked AS (SELECT DISTINCT "naicsCode" AS naics4 FROM "IndustryRanking"),
    rows AS (
      SELECT r.naics4, o."regionCode", o.year, i.digits, o.employment, o."pandemicFlag"
      FROM ranked r
      JOIN "Industry" i ON i.system = 'NAICS2017' AND i.code LIKE r.naics4 || '%' AND i.digits IN (4, 6)
      JOIN "IndustryObservation" o ON o."industryId" = i.id
      WHERE o."regionCode" IN ('06073', '06025') AND o.employment IS NOT NULL
    ),
    per_county AS (
      SELECT naics4, "regionCode", year, BOOL_OR("pandemicFlag") AS pandemic,
        CASE WHEN BOOL_OR(digits = 4) THEN SUM(employment) FILTER (WHERE digits = 4) ELSE SUM(employment) FILTER (WHERE digits = 6) END AS employment,
        NOT BOOL_OR(digits = 4) AS "lowerBound"
      FROM rows GROUP BY naics4, "regionCode", year
    )
    SELECT naics4, year, SUM(employment)::float8 AS employment,
      -- A county without any published row for the industry also makes the side's sum a lower bound.
      (BOOL_OR("lowerBound") OR COUNT(*) < 2) AS "lowerBound", BOOL_OR(pandemic) AS pandemic
    FROM per_county GROUP BY naics4, year ORDER BY naics4, year`);
  return ranking.map((entry) => ({
    ...entry,
    usSideEmployment: employment
      .filter((row) => row.naics4 === entry.naicsCode)
      .map((row): UsSideIndustryEmployment => ({ year: row.year, employment: row.employment, lowerBound: row.lowerBound, pandemic: row.pandemic })),
  }));
});

export type BinationalTopIndustry = Awaited<ReturnType<typeof getBinationalTopIndustries>>[number];
