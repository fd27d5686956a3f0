import "server-only";
import { cachedQuery } from "./data-cache";
import { Prisma } from "../generated/prisma/client";
import { getPrisma } from "../db";
import { chosenIndustryObservations } from "./observations-sql";
import { homeRegionCodes } from "../dataset/regions";
import { isClusterCode } from "../filters";

export const getCluster = cachedQuery("getCluster", async (code: number) => {
  if (!isClusterCode(code)) return null;
  return getPrisma().cluster.findUnique({
    where: { code },
    include: {
      subclusters: {
        orderBy: { number: "asc" },
        include: {
          industries: {
            where: { system: "NAICS2012" },
            select: { code: true, titleEn: true },
            orderBy: { code: "asc" },
          },
        },
      },
      industries: {
        where: { system: "NAICS2012", subclusterId: null },
        select: { code: true, titleEn: true },
        orderBy: { code: "asc" },
      },
    },
  });
});

/** Every observation of a cluster in the dashboard's own regions: each region, year and source, with how the figure was made. */
export const getClusterObservations = cachedQuery("getClusterObservations", async (code: number) => {
  return getPrisma().clusterObservation.findMany({
    where: { clusterCode: code, regionCode: { in: [...homeRegionCodes] } },
    omit: { id: true, sourceId: true },
    include: {
      region: { select: { code: true, nameEn: true, nameEs: true, kind: true, sortOrder: true } },
      source: { select: { title: true, year: true, url: true, publisher: true } },
    },
    orderBy: [{ year: "desc" }, { region: { sortOrder: "asc" } }],
  });
});

export type ClusterObservationView = Awaited<ReturnType<typeof getClusterObservations>>[number];

export type ClusterIndustryRow = {
  regionCode: string;
  year: number;
  employment: number | null;
  establishments: number | null;
  pandemicFlag: boolean;
  sourceTitle: string;
  industry: { code: string; titleEn: string | null; clusterNote: string | null; clusterNoteEs: string | null };
};

/** The six-digit NAICS 2017 industries of a cluster published for the two counties, by year: one figure per cell (the precedence rule). */
export const getClusterIndustryEmployment = cachedQuery(
  "getClusterIndustryEmployment",
  async (code: number): Promise<ClusterIndustryRow[]> => {
    const rows = await getPrisma().$queryRaw<
      (Omit<ClusterIndustryRow, "industry"> & {
        code: string;
        titleEn: string | null;
        clusterNote: string | null;
        clusterNoteEs: string | null;
      })[]
    >(Prisma.sql`
    WITH chosen AS (${chosenIndustryObservations(Prisma.sql`o."regionCode" IN ('06073', '06025')
      AND o."industryId" IN (SELECT id FROM "Industry" WHERE system = 'NAICS2017' AND digits = 6 AND "clusterCode" = ${code})`)})
    SELECT chosen."regionCode", chosen.year, chosen.employment, chosen.establishments, chosen."pandemicFlag", chosen."sourceTitle",
      i.code, i."titleEn", i."clusterNote", i."clusterNoteEs"
    FROM chosen JOIN "Industry" i ON i.id = chosen."industryId"
    ORDER BY i.code, chosen.year`);
    return rows.map(({ code: industryCode, titleEn, clusterNote, clusterNoteEs, ...row }) => ({
      ...row,
      industry: { code: industryCode, titleEn, clusterNote, clusterNoteEs },
    }));
  },
);

/**
 * What the database holds about a cluster on the Mexican side: cluster figures (from an imported census
 * export) and INEGI DENUE's large establishments whose activity maps to the cluster, by municipio.
 */
export const getMexicanClusterEvidence = cachedQuery("getMexicanClusterEvidence", async (code: number) => {
  const prisma = getPrisma();
  const [figures, establishments] = await Promise.all([
    prisma.clusterObservation.count({ where: { clusterCode: code, region: { country: "MX" } } }),
    prisma.establishment.groupBy({
      by: ["sizeBand"],
      where: { clusterCode: code, region: { country: "MX" } },
      _count: { _all: true },
    }),
  ]);
  return { figures, establishments: establishments.map((row) => ({ sizeBand: row.sizeBand, count: row._count._all })) };
});
