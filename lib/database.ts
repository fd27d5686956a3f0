import fs from "node:fs";
import { PrismaPg } from "@prisma/adapter-pg";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { Env } from "./env";

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

const heldLocks = new Set<() => void>();

export class DatabaseInUseError extends Error {
  override name = "DatabaseInUseError";
}

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

/**
 * PGlite is one process's database: a second process opening the same folder (an import while the
 * dashboard runs) would corrupt it. A lock file names the owner; a lock left by a process that has
 * died is taken over. Returns the release function.
 */
export function lockPgliteDir(pgliteDir: string): () => void {
  const lockFile = `${pgliteDir.replace(/\/+$/, "")}.lock`;
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: "wx" });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number(fs.readFileSync(lockFile, "utf8").trim());
      if (owner === process.pid) return () => {};
      if (Number.isInteger(owner) && owner > 0 && isRunning(owner)) {
        throw new DatabaseInUseError(
          `The embedded database at ${pgliteDir} is in use by process ${owner} (the dashboard server?). Stop it first, or run the dashboard on PostgreSQL (DATABASE_URL) to import while it serves.`,
        );
      }
      fs.rmSync(lockFile, { force: true });
    }
  }
  const release = () => {
    try {
      if (fs.readFileSync(lockFile, "utf8").trim() === String(process.pid)) fs.rmSync(lockFile, { force: true });
    } catch {
      // Already gone.
    }
  };
  heldLocks.add(release);
  if (heldLocks.size === 1) process.once("exit", () => heldLocks.forEach((held) => held()));
  return () => {
    heldLocks.delete(release);
    release();
  };
}
