import path from "node:path";
import { z } from "zod";

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "postgresql:" || url.protocol === "postgres:") && url.hostname !== "";
    } catch {
      return false;
    }
  }, "must be a URL of the form postgresql://user:password@host:port/database");

const envSchema = z.object({
  DATABASE_URL: z.preprocess((value) => (value === "" ? undefined : value), postgresUrl.optional()),
  DATABASE_REPLICA_URL: z.preprocess((value) => (value === "" ? undefined : value), postgresUrl.optional()),
  PGLITE_DIR: z.string().trim().min(1).default(".data/pglite"),
});

export type Env = {
  databaseUrl: string | undefined;
  /** A read replica of DATABASE_URL: the dashboard's pages and exports read there (docs/SCALING.md). */
  databaseReplicaUrl?: string;
  pgliteDir: string;
};

export class ConfigurationError extends Error {
  override name = "ConfigurationError";
}

/** Reads and validates the configuration; a bad value stops the start with the variable's name. */
export function loadEnv(source: Partial<Record<string, string | undefined>> = process.env): Env {
  const parsed = envSchema.safeParse({
    DATABASE_URL: source.DATABASE_URL,
    DATABASE_REPLICA_URL: source.DATABASE_REPLICA_URL,
    PGLITE_DIR: source.PGLITE_DIR,
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigurationError(`Invalid configuration. ${problems.join("; ")}`);
  }
  if (parsed.data.DATABASE_REPLICA_URL && !parsed.data.DATABASE_URL)
    throw new ConfigurationError(
      "Invalid configuration. DATABASE_REPLICA_URL needs DATABASE_URL: it names a replica of that PostgreSQL " +
        "database, and the embedded database has no replicas",
    );
  return {
    databaseUrl: parsed.data.DATABASE_URL,
    databaseReplicaUrl: parsed.data.DATABASE_REPLICA_URL,
    pgliteDir: path.resolve(/* turbopackIgnore: true */ process.cwd(), parsed.data.PGLITE_DIR),
  };
}
