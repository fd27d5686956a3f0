import fs from "node:fs";
import { createDatabase } from "../../lib/db";
import { loadDefaultDataset } from "../../lib/dataset/load-default-dataset";
import { applyMigrations } from "../../lib/migrations";
import { expectedPgliteDir } from "./expected-database";

/**
 * With PGlite the server owns its data folder, so the tests read what the database holds from a
 * second folder loaded from the same files by the same code. With PostgreSQL they read the server's own database.
 */
export default async function globalSetup() {
  if (process.env.DATABASE_URL) return;
  fs.rmSync(expectedPgliteDir, { recursive: true, force: true });
  const { prisma, connection } = createDatabase({ databaseUrl: undefined, pgliteDir: expectedPgliteDir });
  await applyMigrations(connection.adapterFactory);
  await loadDefaultDataset(prisma);
  await prisma.$disconnect();
  await connection.close();
}
