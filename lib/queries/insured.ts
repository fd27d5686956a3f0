import "server-only";
import { cache } from "react";
import { Prisma } from "../generated/prisma/client";
import { getPrisma } from "../db";

export type InsuredMonth = {
  sectorCode: string;
  year: number;
  month: number;
  insuredJobs: number;
  insuredPersons: number;
  sourceTitle: string;
};

/** IMSS insured jobs per month and IMSS division for a region; a month imported twice counts once (the latest import). */
export const getInsuredEmployment = cache(async (regionCode: string): Promise<InsuredMonth[]> =>
  getPrisma().$queryRaw<InsuredMonth[]>(Prisma.sql`
    SELECT DISTINCT ON (e."sectorCode", e.year, e.month)
      e."sectorCode", e.year, e.month, e."insuredJobs", e."insuredPersons", s.title AS "sourceTitle"
    FROM "InsuredEmployment" e
    JOIN "Source" s ON s.id = e."sourceId"
    WHERE e."regionCode" = ${regionCode}
    ORDER BY e."sectorCode", e.year, e.month, s."importedAt" DESC`),
);
