import { afterAll, beforeAll, inject } from "vitest";
import { createDatabase, setDatabase, type Database } from "../../lib/db";

export { databaseKinds, type DatabaseKind } from "./test-databases";
import type { DatabaseKind } from "./test-databases";

export function seededEnv(kind: DatabaseKind) {
  return kind === "postgres"
    ? { databaseUrl: inject("postgresUrl"), pgliteDir: "" }
    : { databaseUrl: undefined, pgliteDir: inject("pgliteDir") };
}

/**
 * Opens the run's seeded database of one kind for a describe block and makes it the one the
 * query functions use; closes it afterwards (PGlite allows a single owner at a time).
 */
export function withSeededDatabase(kind: DatabaseKind): () => Database {
  let database: Database | undefined;
  beforeAll(() => {
    database = createDatabase(seededEnv(kind));
    setDatabase(database);
  });
  afterAll(async () => {
    setDatabase(undefined);
    await database?.prisma.$disconnect();
    await database?.connection.close();
  });
  return () => {
    if (!database) throw new Error("database not open yet");
    return database;
  };
}
