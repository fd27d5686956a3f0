import "server-only";
import { Prisma } from "../generated/prisma/client";
import { getPrisma } from "../db";

export type SearchHit =
  | { kind: "cluster"; code: number; nameEn: string; nameEs: string }
  | { kind: "region"; code: string; nameEn: string; nameEs: string; regionKind: string }
  | {
      kind: "industry";
      /** The classifications that hold this code (NAICS2012, NAICS2017, SCIAN2018). */
      systems: string[];
      code: string;
      titleEn: string | null;
      titleEs: string | null;
      clusterCode: number;
      clusterEn: string;
      clusterEs: string;
    };

/** The longest query searched; a name or a code is far shorter. */
export const maxSearchLength = 60;
const hitsPerKind = 6;

// Case and accents do not matter: "biofarmaceutica" finds "Biofarmacéutica", "queretaro" finds "Querétaro".
const accented = "áàâäãéèêëíìîïóòôöõúùûüñç";
const plain = "aaaaaeeeeiiiiooooouuuunc";
export function foldForSearch(text: string): string {
  return [...text.toLowerCase()].map((char) => plain[accented.indexOf(char)] ?? char).join("");
}
const folded = (column: Prisma.Sql) => Prisma.sql`translate(lower(${column}), ${accented}, ${plain})`;

/**
 * Clusters, regions and industries whose name (in either language) holds the query, or whose code starts
 * with it (a NAICS or SCIAN code, a cluster number, a FIPS or INEGI code). Names that start with the
 * query come first. Industries outside every cluster are left out: they have no page to open.
 */
export async function searchEverything(query: string): Promise<SearchHit[]> {
  const text = foldForSearch(query.replace(/\s+/g, " ").trim()).slice(0, maxSearchLength);
  if (text.length < 2 && !/^\d$/.test(text)) return [];
  // LIKE's own wildcards in the query are searched for as characters.
  const escaped = text.replace(/[\\%_]/g, (char) => `\\${char}`);
  const inside = `%${escaped}%`;
  const start = `${escaped}%`;
  const prisma = getPrisma();
  const [clusters, regions, industries] = await Promise.all([
    prisma.$queryRaw<{ code: number; nameEn: string; nameEs: string }[]>(Prisma.sql`
      SELECT code, "nameEn", "nameEs" FROM "Cluster"
      WHERE ${folded(Prisma.sql`"nameEn"`)} LIKE ${inside} OR ${folded(Prisma.sql`"nameEs"`)} LIKE ${inside}
        OR code::text = ${text}
      ORDER BY (${folded(Prisma.sql`"nameEn"`)} LIKE ${start} OR ${folded(Prisma.sql`"nameEs"`)} LIKE ${start}) DESC,
        "nameEn"
      LIMIT ${hitsPerKind}`),
    prisma.$queryRaw<{ code: string; nameEn: string; nameEs: string; kind: string }[]>(Prisma.sql`
      SELECT code, "nameEn", "nameEs", kind::text AS kind FROM "Region"
      WHERE ${folded(Prisma.sql`"nameEn"`)} LIKE ${inside} OR ${folded(Prisma.sql`"nameEs"`)} LIKE ${inside}
        OR lower(code) = ${text}
      ORDER BY (${folded(Prisma.sql`"nameEn"`)} LIKE ${start} OR ${folded(Prisma.sql`"nameEs"`)} LIKE ${start}) DESC,
        "sortOrder", "nameEn"
      LIMIT ${hitsPerKind}`),
    // One hit per code and cluster: NAICS 2012 and 2017 share most codes and titles, and a list of the same
    // industry twice would crowd the others out.
    prisma.$queryRaw<
      (Omit<Extract<SearchHit, { kind: "industry" }>, "kind" | "systems"> & { systems: string })[]
    >(Prisma.sql`
      SELECT string_agg(i.system::text, ',' ORDER BY i.system) AS systems, i.code,
        max(i."titleEn") AS "titleEn", max(i."titleEs") AS "titleEs", i."clusterCode",
        c."nameEn" AS "clusterEn", c."nameEs" AS "clusterEs"
      FROM "Industry" i JOIN "Cluster" c ON c.code = i."clusterCode"
      WHERE i.code LIKE ${start} OR ${folded(Prisma.sql`coalesce(i."titleEn", '')`)} LIKE ${inside}
        OR ${folded(Prisma.sql`coalesce(i."titleEs", '')`)} LIKE ${inside}
      GROUP BY i.code, i.digits, i."clusterCode", c."nameEn", c."nameEs"
      ORDER BY (i.code LIKE ${start}) DESC, i.digits, i.code
      LIMIT ${hitsPerKind}`),
  ]);
  return [
    ...clusters.map((row) => ({ kind: "cluster" as const, ...row, code: Number(row.code) })),
    ...regions.map(({ kind, ...row }) => ({ kind: "region" as const, ...row, regionKind: kind })),
    ...industries.map((row) => ({
      kind: "industry" as const,
      ...row,
      systems: row.systems.split(","),
      clusterCode: Number(row.clusterCode),
    })),
  ];
}
