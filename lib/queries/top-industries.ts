import "server-only";
import { cachedQuery } from "./data-cache";
import { Prisma } from "../generated/prisma/client";
import { getPrisma } from "../db";
import { chosenIndustryObservations } from "./observations-sql";

export type UsSideIndustryEmployment = {
  year: number;
  employment: number;
  lowerBound: boolean;
  pandemic: boolean;
  withheldCells: number;
  sourceTitle: string;
};

/**
 * The binational top-10 ranking with each industry's cluster(s) and the U.S.-side employment that
 * CBP publishes for it, on one basis in every year: the sum of the industry's published six-digit
 * rows in both counties (one figure per cell, by the precedence rule), always a lower bound. CBP
 * publishes four-digit totals in some years only (2018–2019 in the shipped files); mixing them in
 * would change the basis from year to year. Cells the source withheld are counted and said.
 */
export const getBinationalTopIndustries = cachedQuery("getBinationalTopIndustries", async () => {
  const prisma = getPrisma();
  const ranking = await prisma.industryRanking.findMany({
    orderBy: { rank: "asc" },
    include: {
      source: { select: { title: true, publisher: true, url: true, year: true } },
      members: {
        include: {
          cluster: { select: { code: true, nameEn: true, nameEs: true } },
          subcluster: { select: { nameEn: true } },
        },
      },
    },
  });
  const employment = await prisma.$queryRaw<(UsSideIndustryEmployment & { naics4: string })[]>(Prisma.sql`
    WITH ranked AS (SELECT DISTINCT "naicsCode" AS naics4 FROM "IndustryRanking"),
    chosen AS (${chosenIndustryObservations(Prisma.sql`o."regionCode" IN ('06073', '06025')
      AND o."industryId" IN (SELECT i.id FROM "Industry" i JOIN ranked r ON i.code LIKE r.naics4 || '%' WHERE i.system = 'NAICS2017' AND i.digits = 6)`)})
    SELECT r.naics4, chosen.year, SUM(chosen.employment)::float8 AS employment, true AS "lowerBound",
      BOOL_OR(chosen."pandemicFlag") AS pandemic, (COUNT(*) FILTER (WHERE chosen.employment IS NULL))::int AS "withheldCells",
      STRING_AGG(DISTINCT chosen."sourceTitle", '; ') AS "sourceTitle"
    FROM chosen
    JOIN "Industry" i ON i.id = chosen."industryId"
    JOIN ranked r ON i.code LIKE r.naics4 || '%'
    GROUP BY r.naics4, chosen.year
    HAVING SUM(chosen.employment) IS NOT NULL
    ORDER BY r.naics4, chosen.year`);
  return ranking.map((entry) => ({
    ...entry,
    usSideEmployment: employment.filter((row) => row.naics4 === entry.naicsCode).map(({ naics4, ...row }) => row),
  }));
});

export type BinationalTopIndustry = Awaited<ReturnType<typeof getBinationalTopIndustries>>[number];
