import fs from "node:fs";
import { PrismaPg } from "@prisma/adapter-pg";
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
 * The one place that chooses the database: a real PostgreSQL when DATABASE_URL is set,
 * otherwise the embedded PGlite stored under PGLITE_DIR (created on first use).
 */
export function openDatabase(env: Env): DatabaseConnection {
  if (env.databaseUrl) {
    return {
      kind: "postgres",
      description: describePostgresUrl(env.databaseUrl),
      adapterFactory: new PrismaPg({ connectionString: env.databaseUrl }),
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
