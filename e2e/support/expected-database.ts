import path from "node:path";
import { createDatabase, setDatabase, type Database } from "../../lib/db";

export const expectedPgliteDir = path.resolve(".data/e2e-expected");

let database: Database | undefined;

/** The database whose contents the pages must show, opened once per test worker. */
export function openExpectedDatabase(): Database {
  if (!database) {
    database = createDatabase({ databaseUrl: process.env.DATABASE_URL || undefined, pgliteDir: expectedPgliteDir });
    setDatabase(database);
  }
  return database;
}
