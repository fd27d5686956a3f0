import "server-only";
import { cachedQuery } from "./data-cache";
import { getPrisma } from "../db";
import { isRegionCode } from "../filters";

export const getRegions = cachedQuery("getRegions", async () =>
  getPrisma().region.findMany({ orderBy: { sortOrder: "asc" } }),
);

export const getRegion = cachedQuery("getRegion", async (code: string) =>
  isRegionCode(code)
    ? getPrisma().region.findUnique({
        where: { code },
        include: { children: { orderBy: { sortOrder: "asc" } }, parent: true },
      })
    : null,
);

export type CoverageEntry = {
  regionCode: string;
  year: number;
  topic: string;
  sourceTitle: string;
  sourceYear: number | null;
  note: string | null;
};

/** What the database holds for a region and its member regions: the basis of every "not loaded yet". */
export const getCoverage = cachedQuery("getCoverage", async (regionCodes: string[]): Promise<CoverageEntry[]> => {
  const rows = await getPrisma().coverage.findMany({
    where: { regionCode: { in: regionCodes } },
    include: { source: { select: { title: true, year: true } } },
    orderBy: [{ year: "asc" }, { topic: "asc" }],
  });
  return rows.map((row) => ({
    regionCode: row.regionCode,
    year: row.year,
    topic: row.topic,
    sourceTitle: row.source.title,
    sourceYear: row.source.year,
    note: row.note,
  }));
});

/** Years with cluster-level data for a region, newest last. */
export const getClusterYears = cachedQuery("getClusterYears", async (regionCode: string): Promise<number[]> => {
  const rows = await getPrisma().clusterObservation.groupBy({
    by: ["year"],
    where: { regionCode },
    orderBy: { year: "asc" },
  });
  return rows.map((row) => row.year);
});

/** Years in which a region has location quotients, newest last. */
export const getLqYears = cachedQuery("getLqYears", async (regionCode: string): Promise<number[]> => {
  const rows = await getPrisma().clusterObservation.groupBy({
    by: ["year"],
    where: { regionCode, locationQuotient: { not: null } },
    orderBy: { year: "asc" },
  });
  return rows.map((row) => row.year);
});

/** The dashboard's own regions (the mega-region, its sides, counties and municipios), in their order. */
export const getDashboardRegions = cachedQuery("getDashboardRegions", async (codes: readonly string[]) =>
  getPrisma().region.findMany({ where: { code: { in: [...codes] } }, orderBy: { sortOrder: "asc" } }),
);

export type RegionHoldings = {
  code: string;
  nameEn: string;
  nameEs: string;
  country: string;
  kind: string;
  parentCode: string | null;
  sortOrder: number;
  topics: { topic: string; from: number; to: number }[];
  establishments: number;
};

/** Every region with what the database holds for it: each topic's years, and its large establishments. */
export const getRegionHoldings = cachedQuery("getRegionHoldings", async (): Promise<RegionHoldings[]> => {
  const prisma = getPrisma();
  const [regions, coverage, establishments] = await Promise.all([
    prisma.region.findMany({
      orderBy: [{ sortOrder: "asc" }, { nameEn: "asc" }],
      select: { code: true, nameEn: true, nameEs: true, country: true, kind: true, parentCode: true, sortOrder: true },
    }),
    prisma.coverage.groupBy({ by: ["regionCode", "topic"], _min: { year: true }, _max: { year: true } }),
    prisma.establishment.groupBy({ by: ["regionCode"], _count: { _all: true } }),
  ]);
  return regions.map((region) => ({
    ...region,
    topics: coverage
      .filter((row) => row.regionCode === region.code)
      .map((row) => ({ topic: row.topic, from: row._min.year!, to: row._max.year! }))
      .sort((a, b) => a.topic.localeCompare(b.topic)),
    establishments: establishments.find((row) => row.regionCode === region.code)?._count._all ?? 0,
  }));
});
