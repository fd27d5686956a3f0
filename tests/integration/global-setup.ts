import type { TestProject } from "vitest/node";
import { createDatabase } from "../../lib/db";
import { loadDefaultDataset } from "../../lib/dataset/load-default-dataset";
import { applyMigrations } from "../../lib/migrations";
import { createPgliteDir, createPostgresDatabase, databaseKinds } from "./test-databases";

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string;
    pgliteDir: string;
  }
}

async function migrateAndSeed(env: { databaseUrl: string | undefined; pgliteDir: string }) {
  const { prisma, connection } = createDatabase(env);
  await applyMigrations(connection.adapterFactory);
  await loadDefaultDataset(prisma);
  await prisma.$disconnect();
  await connection.close();
}

/** One seeded database of each kind for the whole run; dropped afterwards. */
export default async function setup(project: TestProject) {
  const postgres = await createPostgresDatabase("seeded");
  const pglite = createPgliteDir("seeded");
  if (databaseKinds.includes("postgres")) await migrateAndSeed({ databaseUrl: postgres.url, pgliteDir: "" });
  if (databaseKinds.includes("pglite")) await migrateAndSeed({ databaseUrl: undefined, pgliteDir: pglite.dir });
  project.provide("postgresUrl", postgres.url);
  project.provide("pgliteDir", pglite.dir);
  return async () => {
    await postgres.drop();
    pglite.remove();
  };
}
