import type { Prisma } from "../generated/prisma/client";

/**
 * Coverage as data: for each region and year, which sources hold cluster, industry, IMSS or
 * published figures. Recomputed from the observations themselves, so it can never claim data that is absent.
 */
export async function writeCoverage(tx: Prisma.TransactionClient, sourceIds: number[]): Promise<number> {
  const [clusters, industries, facts, insured] = await Promise.all([
    tx.clusterObservation.groupBy({
      by: ["regionCode", "year", "sourceId"],
      where: { sourceId: { in: sourceIds } },
      _count: { _all: true },
    }),
    tx.industryObservation.groupBy({
      by: ["regionCode", "year", "sourceId"],
      where: { sourceId: { in: sourceIds } },
      _count: { _all: true },
    }),
    tx.publishedFact.groupBy({
      by: ["regionCode", "year", "sourceId"],
      where: { sourceId: { in: sourceIds }, regionCode: { not: null }, year: { not: null } },
      _count: { _all: true },
    }),
    tx.insuredEmployment.groupBy({
      by: ["regionCode", "year", "sourceId"],
      where: { sourceId: { in: sourceIds } },
      _count: { _all: true },
    }),
  ]);
  const rows = [
    ...clusters.map((row) => ({
      regionCode: row.regionCode,
      year: row.year,
      sourceId: row.sourceId,
      topic: "clusters",
      note: `${row._count._all} cluster rows`,
    })),
    ...industries.map((row) => ({
      regionCode: row.regionCode,
      year: row.year,
      sourceId: row.sourceId,
      topic: "industries",
      note: `${row._count._all} industry rows`,
    })),
    ...insured.map((row) => ({
      regionCode: row.regionCode,
      year: row.year,
      sourceId: row.sourceId,
      topic: "insured-employment",
      note: `${row._count._all} IMSS sector-months`,
    })),
    ...facts.map((row) => ({
      regionCode: row.regionCode!,
      year: row.year!,
      sourceId: row.sourceId,
      topic: "facts",
      note: `${row._count._all} published figures`,
    })),
  ];
  await tx.coverage.createMany({ data: rows, skipDuplicates: true });
  return rows.length;
}
