import { PrismaClient } from "../generated/prisma/client";
import { openDatabase, serverQueryLimits, type ConnectionOptions, type DatabaseConnection } from "./connection";
import { probeTimeoutMs, reportDatabaseAvailable, reportDatabaseFailure } from "./availability";

export { describePostgresUrl, openDatabase, type DatabaseConnection } from "./connection";
export { DatabaseInUseError } from "./pglite-lock";
import { loadEnv } from "../env";

export type Database = { prisma: PrismaClient; connection: DatabaseConnection };

export function createDatabase(env = loadEnv(), limits: ConnectionOptions = {}): Database {
  const connection = openDatabase(env, limits);
  return { prisma: new PrismaClient({ adapter: connection.adapterFactory }), connection };
}

// One client per process: PGlite allows a single owner of its data folder, and Next.js
// re-evaluates modules in development, so the instance lives on globalThis.
const globalForDb = globalThis as unknown as { calibajaDb?: Database };

export function getDatabase(): Database {
  if (!globalForDb.calibajaDb) {
    globalForDb.calibajaDb = createDatabase(loadEnv(), serverQueryLimits);
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
  let timer: NodeJS.Timeout | undefined;
  try {
    // Monitoring asks this route: it answers within 2 s whatever the database does.
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${probeTimeoutMs / 1000} s`)), probeTimeoutMs);
    });
    const clusters = await Promise.race([prisma.cluster.count(), timeout]);
    reportDatabaseAvailable();
    return { ok: true, kind: connection.kind, clusters };
  } catch (error) {
    reportDatabaseFailure(error);
    return { ok: false, kind: connection.kind };
  } finally {
    clearTimeout(timer);
  }
}

/** The cheap query the availability check runs before a page or export starts. */
export const probeDatabase = () => getPrisma().$queryRawUnsafe("SELECT 1");
