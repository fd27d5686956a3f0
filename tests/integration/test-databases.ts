import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

export type DatabaseKind = "postgres" | "pglite";

/**
 * Every integration test runs on both databases; TEST_DATABASES=postgres (or pglite) narrows a run to
 * one, as CI's second pass does (its first pass has already run both).
 */
export const databaseKinds: DatabaseKind[] = (["postgres", "pglite"] as const).filter(
  (kind) => !process.env.TEST_DATABASES || process.env.TEST_DATABASES.split(",").includes(kind),
);

/** Where tests create throwaway PostgreSQL databases; the machine's local server by default. */
export const postgresAdminUrl = process.env.TEST_POSTGRES_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export async function createPostgresDatabase(label: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `calibaja_test_${label}_${process.pid}_${Date.now().toString(36)}`.toLowerCase();
  const admin = new pg.Client({ connectionString: postgresAdminUrl });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(
      `Integration tests need PostgreSQL at ${postgresAdminUrl} (set TEST_POSTGRES_ADMIN_URL): ${(error as Error).message}`,
    );
  }
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: postgresAdminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

export function createPgliteDir(label: string): { dir: string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `calibaja-${label}-`));
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
