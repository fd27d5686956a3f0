import "server-only";
import { cachedQuery } from "./data-cache";
import { Prisma } from "../generated/prisma/client";
import type { InsuredMeasure } from "../generated/prisma/enums";
import { getPrisma } from "../db";

export type InsuredMonth = {
  measure: InsuredMeasure;
  sectorCode: string;
  year: number;
  month: number;
  value: number | null;
  insuredPersons: number | null;
  sourceTitle: string;
};

/**
 * IMSS figures per measure, month and IMSS division for a region; a cell imported twice counts once
 * (the latest import). Measures stay apart: insured jobs and permanent workers are different counts.
 */
export const getInsuredEmployment = cachedQuery(
  "getInsuredEmployment",
  async (regionCode: string): Promise<InsuredMonth[]> =>
    getPrisma().$queryRaw<InsuredMonth[]>(Prisma.sql`
    SELECT DISTINCT ON (e.measure, e."sectorCode", e.year, e.month)
      e.measure::text AS measure, e."sectorCode", e.year, e.month, e.value, e."insuredPersons", s.title AS "sourceTitle"
    FROM "InsuredEmployment" e
    JOIN "Source" s ON s.id = e."sourceId"
    WHERE e."regionCode" = ${regionCode}
    ORDER BY e.measure, e."sectorCode", e.year, e.month, s."importedAt" DESC`),
);
