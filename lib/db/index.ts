import { PrismaClient } from "../generated/prisma/client";
import { openDatabase, type DatabaseConnection } from "./connection";

export { describePostgresUrl, openDatabase, type DatabaseConnection } from "./connection";
export { DatabaseInUseError } from "./pglite-lock";
import { loadEnv } from "../env";

export type Database = { prisma: PrismaClient; connection: DatabaseConnection };

export function createDatabase(env = loadEnv()): Database {
  const connection = openDatabase(env);
  return { prisma: new PrismaClient({ adapter: connection.adapterFactory }), connection };
}

// One client per process: PGlite allows a single owner of its data folder, and Next.js
// re-evaluates modules in development, so the instance lives on globalThis.
const globalForDb = globalThis as unknown as { calibajaDb?: Database };

export function getDatabase(): Database {
  if (!globalForDb.calibajaDb) {
    globalForDb.calibajaDb = createDatabase();
    console.log(`[calibaja] database: ${globalForDb.calibajaDb.connection.description}`);
  }
  return globalForDb.calibajaDb;
}

/** Makes the query functions use a given database (tests and scripts that open their own). */
export function setDatabase(database: Database | undefined): void {
  globalForDb.calibajaDb = database;
}

export function getPrisma(): PrismaClient {
  return getDatabase().prisma;
}

/**
 * Whether the database answers a query, for the health route: the kind of database and the
 * number of clusters, never the URL or a password.
 */
export async function checkDatabase(): Promise<
  { ok: true; kind: DatabaseConnection["kind"]; clusters: number } | { ok: false; kind: DatabaseConnection["kind"] }
> {
  const { prisma, connection } = getDatabase();
  try {
    return { ok: true, kind: connection.kind, clusters: await prisma.cluster.count() };
  } catch {
    return { ok: false, kind: connection.kind };
  }
}
