import "server-only";
import { cachedQuery } from "./data-cache";
import { Prisma } from "../generated/prisma/client";
import { getPrisma } from "../db";
import { chosenIndustryObservations } from "./observations-sql";

/** `employment` null with `withheld` true: INEGI withheld the cell for confidentiality (the row exists, the figure does not). */
export type SectorEmployment = {
  code: string;
  titleEs: string | null;
  year: number;
  employment: number | null;
  withheld: boolean;
  sourceTitle: string;
};

/**
 * Census employment (personal ocupado total) by SCIAN sector for a Mexican region: Mexico's shipped
 * national table, and whatever SAIC exports were imported; one figure per cell (the precedence rule).
 */
export const getCensusSectorEmployment = cachedQuery(
  "getCensusSectorEmployment",
  async (regionCode: string): Promise<SectorEmployment[]> =>
    getPrisma().$queryRaw<SectorEmployment[]>(Prisma.sql`
    WITH chosen AS (${chosenIndustryObservations(Prisma.sql`o."regionCode" = ${regionCode}
      AND o."industryId" IN (SELECT id FROM "Industry" WHERE system = 'SCIAN2018' AND digits = 2)`)})
    SELECT i.code, i."titleEs", chosen.year, chosen.employment, (chosen.employment IS NULL) AS withheld, chosen."sourceTitle"
    FROM chosen JOIN "Industry" i ON i.id = chosen."industryId"
    ORDER BY i.code, chosen.year`),
);

/** Mexico's national census employment by SCIAN sector: context where municipal data is missing. */
export const getMexicoSectorEmployment = cachedQuery("getMexicoSectorEmployment", async () =>
  getCensusSectorEmployment("MX"),
);
