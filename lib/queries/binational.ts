import "server-only";
import { cachedQuery } from "./data-cache";
import { Prisma } from "../generated/prisma/client";
import { aggregateMembers } from "../dataset/regions";
import { getPrisma } from "../db";
import { chosenIndustryObservations } from "./observations-sql";

const usCounties = aggregateMembers["us-side"]!;
const municipios = aggregateMembers["mx-side"]!;

/** One bar of the two-sided manufacturing chart: a county's CBP employees or a municipio's IMSS workers, never both. */
export type ManufacturingBar = {
  regionCode: string;
  nameEn: string;
  nameEs: string;
  side: "US" | "MX";
  measure: "cbp_employees" | "imss_permanent_workers";
  year: number;
  value: number | null;
  lowerBound: boolean;
  withheldCells: number;
  sourceTitle: string;
};

/**
 * Years in which both sides have manufacturing figures for the same reference month: CBP counts the
 * pay period including March 12, so a year qualifies when IMSS has March of it.
 */
export const getManufacturingYears = cachedQuery("getManufacturingYears", async (): Promise<number[]> => {
  const [us, mx] = await Promise.all([
    getPrisma().$queryRaw<{ year: number }[]>(Prisma.sql`
      SELECT DISTINCT o.year FROM "IndustryObservation" o JOIN "Industry" i ON i.id = o."industryId"
      WHERE o."regionCode" IN (${Prisma.join(usCounties)}) AND i.system = 'NAICS2017' AND i.digits = 6 AND LEFT(i.code, 2) IN ('31', '32', '33')`),
    getPrisma().$queryRaw<{ year: number }[]>(Prisma.sql`
      SELECT DISTINCT year FROM "InsuredEmployment" WHERE "regionCode" IN (${Prisma.join(municipios)}) AND "sectorCode" = '2-3' AND month = 3`),
  ]);
  const mxYears = new Set(mx.map((row) => row.year));
  return us
    .map((row) => row.year)
    .filter((year) => mxYears.has(year))
    .sort((a, b) => a - b);
});

/**
 * Manufacturing on both sides for one reference period: each county's CBP employees (the sum of its
 * published six-digit NAICS 31–33 rows, a lower bound, pay period including March 12) and each
 * municipio's IMSS permanent insured workers in IMSS's manufacturing division in March. Two different
 * measures, returned bar by bar with their names: never added into one figure.
 */
export const getManufacturingBothSides = cachedQuery(
  "getManufacturingBothSides",
  async (year: number): Promise<ManufacturingBar[]> => {
    const prisma = getPrisma();
    const [regions, us, mx] = await Promise.all([
      prisma.region.findMany({
        where: { code: { in: [...usCounties, ...municipios] } },
        orderBy: { sortOrder: "asc" },
      }),
      prisma.$queryRaw<
        { regionCode: string; employment: number | null; withheld: number; sourceTitle: string }[]
      >(Prisma.sql`
      WITH chosen AS (${chosenIndustryObservations(Prisma.sql`o."regionCode" IN (${Prisma.join(usCounties)}) AND o.year = ${year}
        AND o."industryId" IN (SELECT id FROM "Industry" WHERE system = 'NAICS2017' AND digits = 6 AND LEFT(code, 2) IN ('31', '32', '33'))`)})
      SELECT "regionCode", SUM(employment)::float8 AS employment, (COUNT(*) FILTER (WHERE employment IS NULL))::int AS withheld,
        STRING_AGG(DISTINCT "sourceTitle", '; ') AS "sourceTitle"
      FROM chosen GROUP BY "regionCode"`),
      prisma.$queryRaw<{ regionCode: string; value: number | null; sourceTitle: string }[]>(Prisma.sql`
      SELECT DISTINCT ON (e."regionCode") e."regionCode", e.value, s.title AS "sourceTitle"
      FROM "InsuredEmployment" e JOIN "Source" s ON s.id = e."sourceId"
      WHERE e."regionCode" IN (${Prisma.join(municipios)}) AND e."sectorCode" = '2-3' AND e.year = ${year} AND e.month = 3 AND e.measure = 'permanent_workers'
      ORDER BY e."regionCode", s."importedAt" DESC`),
    ]);
    return regions.flatMap((region): ManufacturingBar[] => {
      const base = { regionCode: region.code, nameEn: region.nameEn, nameEs: region.nameEs, year };
      if (region.country === "US") {
        const row = us.find((entry) => entry.regionCode === region.code);
        return row
          ? [
              {
                ...base,
                side: "US",
                measure: "cbp_employees",
                value: row.employment,
                lowerBound: true,
                withheldCells: row.withheld,
                sourceTitle: row.sourceTitle,
              },
            ]
          : [];
      }
      const row = mx.find((entry) => entry.regionCode === region.code);
      return row
        ? [
            {
              ...base,
              side: "MX",
              measure: "imss_permanent_workers",
              value: row.value,
              lowerBound: false,
              withheldCells: 0,
              sourceTitle: row.sourceTitle,
            },
          ]
        : [];
    });
  },
);

export type PlantCount = {
  clusterCode: number | null;
  nameEn: string | null;
  nameEs: string | null;
  scianCode: string | null;
  activity: string | null;
  reason: string | null;
  /** The same in Spanish (null for establishments imported before it was stored). */
  reasonEs: string | null;
  /** For an activity counted apart: the clusters its block spans (empty when it lies in none). */
  candidateClusterCodes: number[];
  count: number;
};

/**
 * Large establishments (DENUE) of some municipios by cluster, each establishment once (a listing
 * imported twice counts once, the latest import), with those whose activity maps to no single
 * cluster counted by SCIAN activity and the reason.
 */
export const getLargePlants = cachedQuery(
  "getLargePlants",
  async (
    regionCodes: readonly string[],
  ): Promise<{
    byCluster: PlantCount[];
    unmapped: PlantCount[];
    total: number;
    sizeBands: string[];
    sourceTitle: string;
  }> => {
    const rows = await getPrisma().$queryRaw<
      {
        clusterCode: number | null;
        nameEn: string | null;
        nameEs: string | null;
        scianCode: string;
        activityName: string;
        clusterNote: string | null;
        clusterNoteEs: string | null;
        candidateClusterCodes: number[];
        sizeBand: string;
        sourceTitle: string;
      }[]
    >(Prisma.sql`
    SELECT DISTINCT ON (e."externalId") e."clusterCode", c."nameEn", c."nameEs", e."scianCode", e."activityName", e."clusterNote", e."clusterNoteEs", e."candidateClusterCodes", e."sizeBand", s.title AS "sourceTitle"
    FROM "Establishment" e JOIN "Source" s ON s.id = e."sourceId" LEFT JOIN "Cluster" c ON c.code = e."clusterCode"
    WHERE e."regionCode" IN (${Prisma.join([...regionCodes])})
    ORDER BY e."externalId", s."importedAt" DESC`);
    const count = <K>(items: typeof rows, key: (row: (typeof rows)[number]) => K) => {
      const counts = new Map<K, { row: (typeof rows)[number]; count: number }>();
      for (const row of items) counts.set(key(row), { row, count: (counts.get(key(row))?.count ?? 0) + 1 });
      return [...counts.values()];
    };
    const byCluster = count(
      rows.filter((row) => row.clusterCode !== null),
      (row) => row.clusterCode,
    )
      .map(({ row, count: n }) => ({
        clusterCode: row.clusterCode,
        nameEn: row.nameEn,
        nameEs: row.nameEs,
        scianCode: null,
        activity: null,
        reason: null,
        reasonEs: null,
        candidateClusterCodes: [],
        count: n,
      }))
      .sort((a, b) => b.count - a.count || a.clusterCode! - b.clusterCode!);
    const unmapped = count(
      rows.filter((row) => row.clusterCode === null),
      (row) => row.scianCode,
    )
      .map(({ row, count: n }) => ({
        clusterCode: null,
        nameEn: null,
        nameEs: null,
        scianCode: row.scianCode,
        activity: row.activityName,
        reason: row.clusterNote,
        reasonEs: row.clusterNoteEs,
        candidateClusterCodes: row.candidateClusterCodes ?? [],
        count: n,
      }))
      .sort((a, b) => b.count - a.count || a.scianCode!.localeCompare(b.scianCode!));
    return {
      byCluster,
      unmapped,
      total: rows.length,
      sizeBands: [...new Set(rows.map((row) => row.sizeBand))],
      sourceTitle: [...new Set(rows.map((row) => row.sourceTitle))].join("; "),
    };
  },
);

/** The large establishments of one municipio, listed by SCIAN activity and locality. */
export const getEstablishments = cachedQuery("getEstablishments", async (regionCode: string) =>
  getPrisma().$queryRaw<
    {
      externalId: string;
      scianCode: string;
      activityName: string;
      localityName: string | null;
      sizeBand: string;
      clusterCode: number | null;
      nameEn: string | null;
      nameEs: string | null;
    }[]
  >(Prisma.sql`
    SELECT DISTINCT ON (e."externalId") e."externalId", e."scianCode", e."activityName", e."localityName", e."sizeBand", e."clusterCode", c."nameEn", c."nameEs"
    FROM "Establishment" e JOIN "Source" s ON s.id = e."sourceId" LEFT JOIN "Cluster" c ON c.code = e."clusterCode"
    WHERE e."regionCode" = ${regionCode}
    ORDER BY e."externalId", s."importedAt" DESC`),
);

/** Every large establishment with a position, for the map: each once, with its cluster. */
export const getEstablishmentPoints = cachedQuery("getEstablishmentPoints", async () =>
  getPrisma().$queryRaw<
    { externalId: string; latitude: number; longitude: number; clusterCode: number | null; regionCode: string }[]
  >(Prisma.sql`
    SELECT DISTINCT ON (e."externalId") e."externalId", e.latitude, e.longitude, e."clusterCode", e."regionCode"
    FROM "Establishment" e JOIN "Source" s ON s.id = e."sourceId"
    WHERE e.latitude IS NOT NULL AND e.longitude IS NOT NULL
    ORDER BY e."externalId", s."importedAt" DESC`),
);
