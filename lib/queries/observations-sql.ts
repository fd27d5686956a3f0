import "server-only";
import { Prisma } from "../generated/prisma/client";

export type ClusterTypeFilter = "all" | "traded" | "local";

/**
 * The one rule that picks a figure when several sources hold the same cell (a region's cluster or
 * industry in a year): the most complete basis first (CMP with imputation, then a published total,
 * then a sum of published cells); a figure before a missing one; a figure before a lower bound; the
 * highest of several lower bounds (the tightest); then the latest import. A partial file therefore never
 * hides a fuller sum, and importing a file already shipped changes no figure. Every query of cluster and
 * industry rows, and every export, orders by this (with `o` the observation and `s` its source).
 */
export const clusterPrecedence = Prisma.sql`
  CASE o.basis WHEN 'cmp_with_imputation' THEN 0 WHEN 'published_total' THEN 1 ELSE 2 END,
  (o.employment IS NULL),
  o."employmentIsLowerBound",
  CASE WHEN o."employmentIsLowerBound" THEN o.employment END DESC NULLS LAST,
  s."importedAt" DESC, s.id DESC`;

export const industryPrecedence = Prisma.sql`(o.employment IS NULL), s."importedAt" DESC, s.id DESC`;

/**
 * One observation per region and cluster among the rows `where` selects (with `o` the observation,
 * `c` its cluster and `r` its region), chosen by the precedence rule.
 */
export function chosenClusterObservations(where: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT DISTINCT ON (o."regionCode", o.year, o."clusterCode")
      o."regionCode", o.year, o."clusterCode", c."nameEn", c."nameEs", c.type::text AS "clusterType",
      o.employment, o."employmentReported", o."employmentIsLowerBound", o.establishments,
      o."payrollThousandUsd", o."averageWageUsd", o."locationQuotient", o."lqBenchmarkCode", o."lqPublished",
      o."pandemicFlag", o.basis::text AS basis, o.derivation, o."derivationEs", o."withheldCells",
      o."nationalRankEmployment", o."nationalRankLq", o."nationalRankWage",
      s.key AS "sourceKey", s.title AS "sourceTitle", s.publisher AS "sourcePublisher", s.year AS "sourceYear", s.url AS "sourceUrl"
    FROM "ClusterObservation" o
    JOIN "Cluster" c ON c.code = o."clusterCode"
    JOIN "Source" s ON s.id = o."sourceId"
    JOIN "Region" r ON r.code = o."regionCode"
    WHERE ${where}
    ORDER BY o."regionCode", o.year, o."clusterCode", ${clusterPrecedence}`;
}

/** One observation per cluster for a region and year, chosen by the precedence rule. */
export function chosenObservations(regionCode: string, year: number, type: ClusterTypeFilter): Prisma.Sql {
  return chosenClusterObservations(
    Prisma.sql`o."regionCode" = ${regionCode} AND o.year = ${year} AND (${type} = 'all' OR c.type::text = ${type})`,
  );
}

/** One industry figure per region, industry and year among the rows `where` selects, chosen by the precedence rule. */
export function chosenIndustryObservations(where: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT DISTINCT ON (o."regionCode", o."industryId", o.year)
      o."regionCode", o."industryId", o.year, o.employment, o.establishments, o."payrollThousandUsd", o."valueAddedMillionMxn",
      o."pandemicFlag", s.title AS "sourceTitle", s.publisher AS "sourcePublisher", s.year AS "sourceYear"
    FROM "IndustryObservation" o
    JOIN "Source" s ON s.id = o."sourceId"
    WHERE ${where}
    ORDER BY o."regionCode", o."industryId", o.year, ${industryPrecedence}`;
}
