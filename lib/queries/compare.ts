import "server-only";
import { cachedQuery } from "./data-cache";
import { Prisma } from "../generated/prisma/client";
import { getPrisma } from "../db";
import type { PeerSetFigure } from "../import/types";
import { chosenClusterObservations } from "./observations-sql";

export type ComparedRegion = { code: string; nameEn: string; nameEs: string; kind: string; country: string };

/** One region's figure for one cluster in the compared year; missing figures stay null. */
export type ComparisonCell = {
  regionCode: string;
  clusterCode: number;
  employment: number | null;
  employmentReported: number | null;
  employmentIsLowerBound: boolean;
  locationQuotient: number | null;
  lqBenchmarkCode: string | null;
  averageWageUsd: number | null;
  nationalRankEmployment: number | null;
  nationalRankLq: number | null;
  sourceTitle: string;
};

/** A peer set as stored: the same fields an import of the peer-set format reads. */
export type PeerSetSummary = PeerSetFigure;

/** The peer sets imported, in file order, with their listed members. */
export const getPeerSets = cachedQuery("getPeerSets", async (): Promise<PeerSetSummary[]> => {
  const sets = await getPrisma().peerSet.findMany({
    orderBy: [{ sourceId: "asc" }, { sortOrder: "asc" }],
    include: { members: { orderBy: { position: "asc" }, select: { regionCode: true } } },
  });
  return sets.map(({ members, id: _id, sourceId: _sourceId, sortOrder: _sortOrder, ...set }) => ({
    ...set,
    members: members.map((member) => member.regionCode),
  }));
});

/**
 * The `size` metropolitan areas whose traded-cluster employment mix is closest to the anchor's in a
 * year: the cosine of the angle between the two regions' employment vectors over the traded clusters
 * (1 = the same mix, whatever the size), one figure per cell by the precedence rule. Ties are broken
 * by region code, so the ranking is the same on every run and database.
 */
export const getMostSimilarRegions = cachedQuery(
  "getMostSimilarRegions",
  async (anchor: string, year: number, size: number): Promise<{ regionCode: string; similarity: number }[]> => {
    const rows = await getPrisma().$queryRaw<{ regionCode: string; similarity: number }[]>(Prisma.sql`
    WITH chosen AS MATERIALIZED (${chosenClusterObservations(Prisma.sql`o.year = ${year} AND c.type = 'traded' AND o.employment IS NOT NULL AND (r.kind = 'metro' OR r.code = ${anchor})`)}),
    anchor AS MATERIALIZED (SELECT "clusterCode", employment::float8 AS employment FROM chosen WHERE "regionCode" = ${anchor}),
    norms AS (SELECT "regionCode", sqrt(sum(employment::float8 * employment::float8)) AS norm FROM chosen GROUP BY "regionCode"),
    dots AS (
      SELECT chosen."regionCode", sum(chosen.employment::float8 * anchor.employment) AS dot
      FROM chosen JOIN anchor ON anchor."clusterCode" = chosen."clusterCode"
      GROUP BY chosen."regionCode"
    )
    SELECT dots."regionCode", (dots.dot / (norms.norm * anchor_norm.norm))::float8 AS similarity
    FROM dots
    JOIN norms ON norms."regionCode" = dots."regionCode"
    CROSS JOIN (SELECT norm FROM norms WHERE "regionCode" = ${anchor}) AS anchor_norm
    WHERE dots."regionCode" <> ${anchor} AND norms.norm > 0 AND anchor_norm.norm > 0
    ORDER BY similarity DESC, dots."regionCode"
    LIMIT ${size}`);
    return rows.map((row) => ({ regionCode: row.regionCode, similarity: Number(row.similarity) }));
  },
);

/**
 * The year to compare regions in: the latest year in which the most of them have location quotients
 * (U.S. Cluster Mapping 2016 for every U.S. metro and state), or null when none has any.
 */
export const getComparisonYear = cachedQuery(
  "getComparisonYear",
  async (regionCodes: readonly string[]): Promise<number | null> => {
    if (regionCodes.length === 0) return null;
    const [row] = await getPrisma().$queryRaw<{ year: number }[]>(Prisma.sql`
    SELECT year FROM "ClusterObservation"
    WHERE "regionCode" IN (${Prisma.join([...regionCodes])}) AND "locationQuotient" IS NOT NULL
    GROUP BY year
    ORDER BY count(DISTINCT "regionCode") DESC, year DESC
    LIMIT 1`);
    return row?.year ?? null;
  },
);

/** Every cluster figure of the regions in a year, one per region and cluster (the precedence rule). */
export const getComparisonCells = cachedQuery(
  "getComparisonCells",
  async (regionCodes: readonly string[], year: number): Promise<ComparisonCell[]> => {
    if (regionCodes.length === 0) return [];
    return getPrisma().$queryRaw<ComparisonCell[]>(Prisma.sql`
    WITH chosen AS (${chosenClusterObservations(Prisma.sql`o."regionCode" IN (${Prisma.join([...regionCodes])}) AND o.year = ${year}`)})
    SELECT "regionCode", "clusterCode", employment, "employmentReported", "employmentIsLowerBound", "locationQuotient", "lqBenchmarkCode",
      "averageWageUsd", "nationalRankEmployment", "nationalRankLq", "sourceTitle"
    FROM chosen
    ORDER BY "regionCode", "clusterCode"`);
  },
);

/** The regions, in the order asked for; unknown codes are left out. */
export const getComparedRegions = cachedQuery(
  "getComparedRegions",
  async (regionCodes: readonly string[]): Promise<ComparedRegion[]> => {
    const rows = await getPrisma().region.findMany({
      where: { code: { in: [...regionCodes] } },
      select: { code: true, nameEn: true, nameEs: true, kind: true, country: true },
    });
    const byCode = new Map(rows.map((row) => [row.code, row]));
    return regionCodes.flatMap((code) => (byCode.has(code) ? [byCode.get(code)!] : []));
  },
);

export type RegionChoice = {
  code: string;
  nameEn: string;
  nameEs: string;
  kind: string;
  country: string;
  hasClusters: boolean;
};

/** Every region a comparison can show, with whether it has any cluster figures (for the region picker). */
export const getRegionChoices = cachedQuery("getRegionChoices", async (): Promise<RegionChoice[]> =>
  getPrisma().$queryRaw<RegionChoice[]>(Prisma.sql`
    SELECT r.code, r."nameEn", r."nameEs", r.kind::text AS kind, r.country::text AS country,
      EXISTS (SELECT 1 FROM "ClusterObservation" o WHERE o."regionCode" = r.code AND o."locationQuotient" IS NOT NULL) AS "hasClusters"
    FROM "Region" r
    ORDER BY r."sortOrder", r."nameEn"`),
);

export type TopRegionRow = {
  regionCode: string;
  nameEn: string;
  nameEs: string;
  employment: number | null;
  employmentReported: number | null;
  locationQuotient: number | null;
  lqBenchmarkCode: string | null;
  nationalRankEmployment: number | null;
  nationalRankLq: number | null;
  rankAmongMetros: number;
  /** How many metros were ranked (those with the figure, and for LQ the minimum jobs). */
  rankedMetros: number;
  sourceTitle: string;
};

/**
 * The metropolitan areas ranked for one cluster in a year, by employment or by location quotient
 * (LQ only among metros with at least `minJobs` in the cluster, so a tiny cluster never heads it):
 * the top `limit`, plus the highlighted regions wherever they rank. Ranks are computed in SQL among
 * metropolitan areas; CMP's published national ranks are given beside them.
 */
export const getTopMetrosForCluster = cachedQuery(
  "getTopMetrosForCluster",
  async (
    clusterCode: number,
    year: number,
    by: "employment" | "lq",
    limit: number,
    highlighted: readonly string[],
    minJobs: number,
  ): Promise<TopRegionRow[]> => {
    const order =
      by === "employment" ? Prisma.sql`employment DESC NULLS LAST` : Prisma.sql`"locationQuotient" DESC NULLS LAST`;
    const eligible =
      by === "employment"
        ? Prisma.sql`employment IS NOT NULL`
        : Prisma.sql`"locationQuotient" IS NOT NULL AND employment >= ${minJobs}`;
    return getPrisma().$queryRaw<TopRegionRow[]>(Prisma.sql`
      WITH chosen AS (${chosenClusterObservations(Prisma.sql`o."clusterCode" = ${clusterCode} AND o.year = ${year} AND r.kind = 'metro'`)}),
      ranked AS (
        SELECT chosen.*, (RANK() OVER (ORDER BY ${order}, "regionCode"))::int AS "rankAmongMetros", (count(*) OVER ())::int AS "rankedMetros"
        FROM chosen WHERE ${eligible}
      )
      SELECT ranked."regionCode", r."nameEn", r."nameEs", ranked.employment, ranked."employmentReported", ranked."locationQuotient", ranked."lqBenchmarkCode",
        ranked."nationalRankEmployment", ranked."nationalRankLq", ranked."rankAmongMetros", ranked."rankedMetros", ranked."sourceTitle"
      FROM ranked JOIN "Region" r ON r.code = ranked."regionCode"
      WHERE ranked."rankAmongMetros" <= ${limit} OR ranked."regionCode" = ANY(${[...highlighted]}::text[])
      ORDER BY ranked."rankAmongMetros"`);
  },
);

export type ClusterName = { code: number; nameEn: string; nameEs: string; type: "traded" | "local" };

/** Every cluster with its names and type, by code. */
export const getClusterNames = cachedQuery("getClusterNames", async (): Promise<ClusterName[]> =>
  (
    await getPrisma().cluster.findMany({
      select: { code: true, nameEn: true, nameEs: true, type: true },
      orderBy: { code: "asc" },
    })
  ).map((cluster) => ({ ...cluster, type: cluster.type as "traded" | "local" })),
);
