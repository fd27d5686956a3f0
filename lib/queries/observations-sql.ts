import "server-only";
import { Prisma } from "../generated/prisma/client";

export type ClusterTypeFilter = "all" | "traded" | "local";

/**
 * One observation per cluster for a region and year. Where several sources cover the same cell,
 * the most complete basis wins (CMP with imputation, then a published total, then a sum of
 * published cells); a figure beats a lower bound, the highest of several lower bounds is the
 * tightest, and among equals the latest import wins. A partial import (a file with a few
 * industries) therefore never hides a fuller sum already stored.
 */
export function chosenObservations(regionCode: string, year: number, type: ClusterTypeFilter): Prisma.Sql {
  return Prisma.sql`
    SELECT DISTINCT ON (o."clusterCode")
      o."clusterCode", c."nameEn", c."nameEs", c.type::text AS "clusterType",
      o.employment, o."employmentReported", o."employmentIsLowerBound", o.establishments,
      o."payrollThousandUsd", o."averageWageUsd", o."locationQuotient", o."lqBenchmarkCode", o."lqPublished",
      o."pandemicFlag", o.basis::text AS basis, o.derivation,
      s.key AS "sourceKey", s.title AS "sourceTitle", s.publisher AS "sourcePublisher", s.year AS "sourceYear", s.url AS "sourceUrl"
    FROM "ClusterObservation" o
    JOIN "Cluster" c ON c.code = o."clusterCode"
    JOIN "Source" s ON s.id = o."sourceId"
    WHERE o."regionCode" = ${regionCode} AND o.year = ${year}
      AND (${type} = 'all' OR c.type::text = ${type})
    ORDER BY o."clusterCode",
      CASE o.basis WHEN 'cmp_with_imputation' THEN 0 WHEN 'published_total' THEN 1 ELSE 2 END,
      o."employmentIsLowerBound",
      CASE WHEN o."employmentIsLowerBound" THEN o.employment END DESC NULLS LAST,
      s."importedAt" DESC`;
}
