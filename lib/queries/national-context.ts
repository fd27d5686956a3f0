import "server-only";
import { cache } from "react";
import { Prisma } from "../generated/prisma/client";
import { getPrisma } from "../db";

/** `employment` null with `withheld` true: INEGI withheld the cell for confidentiality (the row exists, the figure does not). */
export type SectorEmployment = { code: string; titleEs: string | null; year: number; employment: number | null; withheld: boolean; sourceTitle: string };

/**
 * Census employment (personal ocupado total) by SCIAN sector for a Mexican region: Mexico's shipped
 * national table, and whatever SAIC exports were imported. Where two sources hold the same cell,
 * the latest import wins.
 */
export const getCensusSectorEmployment = cache(async (regionCode: string): Promise<SectorEmployment[]> =>
  getPrisma().$queryRaw<SectorEmployment[]>(Prisma.sql`
    SELECT DISTINCT ON (i.code, o.year)
      i.code, i."titleEs", o.year, o.employment, (o.employment IS NULL) AS withheld, s.title AS "sourceTitle"
    FROM "IndustryObservation" o
    JOIN "Industry" i ON i.id = o."industryId" AND i.system = 'SCIAN2018' AND i.digits = 2
    JOIN "Source" s ON s.id = o."sourceId"
    WHERE o."regionCode" = ${regionCode}
    ORDER BY i.code, o.year, s."importedAt" DESC`),
);

/** Mexico's national census employment by SCIAN sector: context where municipal data is missing. */
export const getMexicoSectorEmployment = cache(async () => getCensusSectorEmployment("MX"));
