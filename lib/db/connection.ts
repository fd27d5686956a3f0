import fs from "node:fs";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { Env } from "../env";
import { lockPgliteDir } from "./pglite-lock";

export type DatabaseConnection = {
  kind: "postgres" | "pglite";
  /** Safe to log: never contains a password. */
  description: string;
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  close: () => Promise<void>;
};

export function describePostgresUrl(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  const database = url.pathname.replace(/^\//, "") || "(default)";
  const user = url.username ? `${decodeURIComponent(url.username)}@` : "";
  return `PostgreSQL ${user}${url.hostname}:${url.port || "5432"}/${database}`;
}

/**
 * Limits for the dashboard server's PostgreSQL connections: a database that hangs must not hold a
 * request (or the health check) for the driver's defaults (no limit). Imports and seeds run without
 * them: a large file's transaction may rightly take minutes.
 */
export const serverQueryLimits = {
  connectionTimeoutMillis: 3_000,
  // Server-side: PostgreSQL cancels a statement that runs longer (the slowest view query takes under 1 s).
  statement_timeout: 15_000,
  // Client-side: gives up on a server that stopped answering altogether.
  query_timeout: 20_000,
  idle_in_transaction_session_timeout: 30_000,
};

/**
 * PrismaPg runs a migration script split on every ";", which cuts a function body ($$ … ; … $$) in
 * pieces. Prisma's native engine sends a script whole, and so does this: one simple-protocol query on a
 * connection of its own (PostgreSQL runs the statements in order and stops at the first error).
 */
function withWholeScripts(factory: PrismaPg, connectionString: string): SqlMigrationAwareDriverAdapterFactory {
  const connect = factory.connect.bind(factory);
  return Object.assign(Object.create(factory) as PrismaPg, {
    connect: async () => {
      const adapter = await connect();
      adapter.executeScript = async (script: string) => {
        const client = new pg.Client({ connectionString });
        await client.connect();
        try {
          await client.query(script);
        } finally {
          await client.end();
        }
      };
      return adapter;
    },
  });
}

/**
 * The one place that chooses the database: a real PostgreSQL when DATABASE_URL is set,
 * otherwise the embedded PGlite stored under PGLITE_DIR (created on first use).
 */
/** Pool settings beyond the URL: the server's limits, or the name a session shows in pg_stat_activity. */
export type ConnectionOptions = Partial<typeof serverQueryLimits> & { application_name?: string };

export function openDatabase(env: Env, limits: ConnectionOptions = {}): DatabaseConnection {
  if (env.databaseUrl) {
    return {
      kind: "postgres",
      description: describePostgresUrl(env.databaseUrl),
      adapterFactory: withWholeScripts(new PrismaPg({ connectionString: env.databaseUrl, ...limits }), env.databaseUrl),
      close: async () => {},
    };
  }
  fs.mkdirSync(env.pgliteDir, { recursive: true });
  const release = lockPgliteDir(env.pgliteDir);
  const pglite = new PGlite(env.pgliteDir);
  return {
    kind: "pglite",
    description: `embedded PGlite at ${env.pgliteDir}`,
    adapterFactory: new PrismaPGlite(pglite),
    close: async () => {
      await pglite.close();
      release();
    },
  };
}
