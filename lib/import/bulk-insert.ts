import { Prisma, type PrismaClient } from "../generated/prisma/client";

type Client = PrismaClient | Prisma.TransactionClient;

/**
 * The value columns of each observation table: what an import compares to decide that a row changed
 * (lib/import/write.ts) and what a bulk insert writes after the row's key columns.
 */
export const clusterFields = [
  "basis",
  "employment",
  "employmentReported",
  "employmentIsLowerBound",
  "establishments",
  "payrollThousandUsd",
  "averageWageUsd",
  "locationQuotient",
  "lqBenchmarkCode",
  "lqPublished",
  "pandemicFlag",
  "derivation",
  "derivationEs",
  "withheldCells",
  "nationalRankEmployment",
  "nationalRankLq",
  "nationalRankWage",
  "nationalRankEstablishments",
  "cmpQualifying",
  "cmpSignificant",
  "cmpStrong",
  "cmpStrong10",
] as const;
export const industryFields = [
  "employment",
  "establishments",
  "payrollThousandUsd",
  "valueAddedMillionMxn",
  "pandemicFlag",
] as const;
export const insuredFields = ["value", "insuredPersons"] as const;
export const establishmentFields = [
  "clee",
  "scianCode",
  "activityName",
  "sizeBand",
  "sizeMin",
  "sizeMax",
  "regionCode",
  "localityCode",
  "localityName",
  "postalCode",
  "latitude",
  "longitude",
  "clusterCode",
  "clusterNote",
  "clusterNoteEs",
  "candidateClusterCodes",
] as const;

/** The tables an import fills in bulk, with the columns it writes (identifiers fixed here, never from input). */
const tables = {
  ClusterObservation: ["regionCode", "clusterCode", "year", ...clusterFields, "sourceId"],
  IndustryObservation: ["regionCode", "industryId", "year", ...industryFields, "sourceId"],
  InsuredEmployment: ["regionCode", "measure", "sectorCode", "year", "month", ...insuredFields, "sourceId"],
  Establishment: ["sourceId", "externalId", ...establishmentFields],
  BenchmarkTotal: ["regionCode", "year", "clusterCode", "clusterType", "employment", "derivation", "sourceId"],
} as const;

export type BulkTable = keyof typeof tables;

const chunkSize = 5_000;

/**
 * Inserts many rows with one statement per chunk: the rows travel as one JSON parameter and
 * json_populate_recordset turns them into the table's row type. Prisma's createMany sends a
 * parameter per cell, which on the embedded database costs about a millisecond a row; this keeps a
 * 61,000-row CMP file to a few seconds on both databases.
 */
export async function bulkInsert(
  db: Client,
  table: BulkTable,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  const columns = tables[table];
  const list = Prisma.raw(columns.map((column) => `"${column}"`).join(", "));
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows
      .slice(start, start + chunkSize)
      .map((row) => Object.fromEntries(columns.map((column) => [column, row[column] ?? null])));
    await db.$executeRaw`INSERT INTO ${Prisma.raw(`"${table}"`)} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${Prisma.raw(`"${table}"`)}, ${JSON.stringify(chunk)}::json)`;
  }
}
