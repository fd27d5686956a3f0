import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import {
  describePostgresUrl,
  openDatabase,
  serverQueryLimits,
  type ConnectionOptions,
  type DatabaseConnection,
} from "./connection";
import { probeTimeoutMs, reportDatabaseAvailable, reportDatabaseFailure } from "./availability";

export { describePostgresUrl, openDatabase, type DatabaseConnection } from "./connection";
export { DatabaseInUseError } from "./pglite-lock";
import { loadEnv } from "../env";

/**
 * `prisma` writes (imports, seeds) and `reader`, when DATABASE_REPLICA_URL is set, is a client of that
 * replica: the dashboard server only reads, so every query function goes there (getPrisma). Prisma's
 * read-replica extension is not used: it routes only the ORM's own reads, and most of ours are $queryRaw,
 * which it sends to the primary.
 */
export type Database = { prisma: PrismaClient; connection: DatabaseConnection; reader?: PrismaClient };

export function createDatabase(env = loadEnv(), limits: ConnectionOptions = {}): Database {
  const connection = openDatabase(env, limits);
  const prisma = new PrismaClient({ adapter: connection.adapterFactory });
  if (!env.databaseReplicaUrl) return { prisma, connection };
  const reader = new PrismaClient({ adapter: new PrismaPg({ connectionString: env.databaseReplicaUrl, ...limits }) });
  return { prisma, connection, reader };
}

// One client per process: PGlite allows a single owner of its data folder, and Next.js
// re-evaluates modules in development, so the instance lives on globalThis.
const globalForDb = globalThis as unknown as { calibajaDb?: Database };

export function getDatabase(): Database {
  if (!globalForDb.calibajaDb) {
    const env = loadEnv();
    globalForDb.calibajaDb = createDatabase(env, serverQueryLimits);
    const replica = env.databaseReplicaUrl
      ? `; reads from the replica ${describePostgresUrl(env.databaseReplicaUrl)}`
      : "";
    console.log(`[calibaja] database: ${globalForDb.calibajaDb.connection.description}${replica}`);
  }
  return globalForDb.calibajaDb;
}

/** Makes the query functions use a given database (tests and scripts that open their own). */
export function setDatabase(database: Database | undefined): void {
  globalForDb.calibajaDb = database;
}

/** The client the dashboard's queries read through: the replica when one is configured. */
export function getPrisma(): PrismaClient {
  const database = getDatabase();
  return database.reader ?? database.prisma;
}

/**
 * Whether the database answers a query, for the health route: the kind of database and the
 * number of clusters, never the URL or a password.
 */
export async function checkDatabase(): Promise<
  { ok: true; kind: DatabaseConnection["kind"]; clusters: number } | { ok: false; kind: DatabaseConnection["kind"] }
> {
  const { connection } = getDatabase();
  const prisma = getPrisma();
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
