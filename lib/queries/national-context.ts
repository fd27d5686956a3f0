import "server-only";
import { cache } from "react";
import { Prisma } from "../generated/prisma/client";
import { getPrisma } from "../db";

export type SectorEmployment = { code: string; titleEs: string | null; year: number; employment: number | null; sourceTitle: string };

/** Mexico's national census employment by SCIAN sector: context where municipal data is missing. */
export const getMexicoSectorEmployment = cache(async (): Promise<SectorEmployment[]> =>
  getPrisma().$queryRaw<SectorEmployment[]>(Prisma.sql`
    SELECT i.code, i."titleEs", o.year, o.employment, s.title AS "sourceTitle"
    FROM "IndustryObservation" o
    JOIN "Industry" i ON i.id = o."industryId" AND i.system = 'SCIAN2018' AND i.digits = 2
    JOIN "Source" s ON s.id = o."sourceId"
    WHERE o."regionCode" = 'MX'
    ORDER BY i.code, o.year`),
);
