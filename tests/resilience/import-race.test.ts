import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, type Database } from "../../lib/db";
import { loadDefaultDataset } from "../../lib/dataset/load-default-dataset";
import { applyMigrations } from "../../lib/migrations";
import {
  createPgliteDir,
  createPostgresDatabase,
  databaseKinds,
  type DatabaseKind,
} from "../integration/test-databases";

const fixture = (name: string) => path.resolve("tests/fixtures/import", name);

/** A fresh migrated and seeded database of one kind, closed so that import processes can open it. */
function withFreshDatabase(kind: DatabaseKind) {
  const state: { env?: { databaseUrl: string | undefined; pgliteDir: string }; cleanup?: () => Promise<void> | void } =
    {};
  beforeAll(async () => {
    if (kind === "postgres") {
      const created = await createPostgresDatabase("race");
      state.env = { databaseUrl: created.url, pgliteDir: "" };
      state.cleanup = created.drop;
    } else {
      const created = createPgliteDir("race");
      state.env = { databaseUrl: undefined, pgliteDir: created.dir };
      state.cleanup = created.remove;
    }
    const database: Database = createDatabase(state.env);
    await applyMigrations(database.connection.adapterFactory);
    await loadDefaultDataset(database.prisma);
    await database.prisma.$disconnect();
    await database.connection.close();
  }, 300_000);
  afterAll(async () => {
    await state.cleanup?.();
  });
  return { env: () => state.env! };
}

/** `npm run import`'s own script, as a separate process: what a user runs from a terminal. */
function runImport(file: string, env: Record<string, string>) {
  const child = spawn(process.execPath, ["--no-warnings", "--import", "tsx", "scripts/import.ts", file], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  const printed = (text: string) =>
    new Promise<void>((resolve, reject) => {
      const check = () => (output.includes(text) ? resolve() : undefined);
      child.stdout.on("data", check);
      child.stderr.on("data", check);
      child.on("exit", () =>
        output.includes(text) ? resolve() : reject(new Error(`exited without "${text}":\n${output}`)),
      );
    });
  return { child, exited, printed, output: () => output };
}

describe.each(databaseKinds)("two imports at once on %s", (kind) => {
  const { env } = withFreshDatabase(kind);

  it("the second waits for the first (PostgreSQL) or is refused naming it (PGlite); nothing collides", async () => {
    const databaseEnv = { DATABASE_URL: env().databaseUrl ?? "", PGLITE_DIR: env().pgliteDir || ".data/unused" };
    const first = runImport(fixture("saic_tamaulipas_cut.csv"), { ...databaseEnv, CALIBAJA_IMPORT_PAUSE_MS: "3000" });
    await first.printed("first rows written");
    // The same new regions (Tamaulipas municipios) from the same file: the race the probe found.
    const second = runImport(fixture("saic_tamaulipas_cut.csv"), databaseEnv);
    const [firstCode, secondCode] = await Promise.all([first.exited, second.exited]);
    expect(firstCode, first.output()).toBe(0);
    expect(first.output()).toContain("Imported: saic_tamaulipas_cut.csv");
    if (kind === "postgres") {
      expect(second.output()).toContain(
        `another import is writing to this database: waiting for calibaja import of saic_tamaulipas_cut.csv (process ${first.child.pid})`,
      );
      expect(secondCode, second.output()).toBe(0);
      expect(second.output()).toMatch(/unchanged/i);
    } else {
      expect(secondCode).toBe(1);
      expect(second.output().trim()).toBe(
        `The embedded database at ${env().pgliteDir} is in use by process ${first.child.pid} (the dashboard server, or an import?). Stop it first, or run the dashboard on PostgreSQL (DATABASE_URL) to import while it serves.`,
      );
    }
    expect(first.output() + second.output()).not.toMatch(/^\s+at /m);
  });

  it("a failure of the database itself is one line, not a stack trace", async () => {
    const refused = runImport(fixture("saic_tamaulipas_cut.csv"), {
      DATABASE_URL: "postgresql://postgres@127.0.0.1:1/calibaja",
    });
    expect(await refused.exited).toBe(1);
    expect(refused.output().trim()).toBe("Import stopped: Can't reach database server at 127.0.0.1:1");
  });
});
