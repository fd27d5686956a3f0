import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, type Database } from "../../lib/db";
import { applyMigrations, diffMigrationsToSchema, schemaPath } from "../../lib/migrations";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { createPgliteDir, createPostgresDatabase } from "./test-databases";
import { databaseKinds } from "./harness";

const scalarTypes = new Set(["String", "Int", "Float", "Boolean", "DateTime", "BigInt", "Decimal", "Json", "Bytes"]);

/** Models and their column fields (scalars and enums; relation fields have no column) from schema.prisma. */
function schemaModels(): { models: Map<string, string[]>; enums: Map<string, string[]> } {
  const text = fs.readFileSync(schemaPath, "utf8");
  const enums = new Map<string, string[]>();
  for (const match of text.matchAll(/^enum (\w+) \{([^}]*)\}/gm)) {
    enums.set(
      match[1]!,
      match[2]!
        .split("\n")
        .map((line) => line.trim())
        .filter((line) => line && !line.startsWith("//")),
    );
  }
  const models = new Map<string, string[]>();
  for (const match of text.matchAll(/^model (\w+) \{([^}]*)\}/gm)) {
    const fields = match[2]!
      .split("\n")
      .map((line) => line.trim().split(/\s+/))
      .filter(([name, type]) => name && type && !name.startsWith("@@") && !name.startsWith("//"))
      .filter(([, type]) => {
        const base = type!.replace(/[?[\]]/g, "");
        return (scalarTypes.has(base) || enums.has(base)) && !type!.endsWith("[]");
      })
      .map(([name]) => name!);
    models.set(match[1]!, fields);
  }
  return { models, enums };
}

describe.each(databaseKinds)("migrations on an empty %s database", (kind) => {
  let database: Database;
  let cleanup: () => Promise<void> | void;

  beforeAll(async () => {
    if (kind === "postgres") {
      const postgres = await createPostgresDatabase("migrate");
      database = createDatabase({ databaseUrl: postgres.url, pgliteDir: "" });
      cleanup = postgres.drop;
    } else {
      const pglite = createPgliteDir("migrate");
      database = createDatabase({ databaseUrl: undefined, pgliteDir: pglite.dir });
      cleanup = pglite.remove;
    }
  });
  afterAll(async () => {
    await database.prisma.$disconnect();
    await database.connection.close();
    await cleanup();
  });

  it("applies every migration once and nothing the second time", async () => {
    const first = await applyMigrations(database.connection.adapterFactory);
    expect(first.length).toBeGreaterThan(0);
    expect(await applyMigrations(database.connection.adapterFactory)).toEqual([]);
  });

  it("holds every model and field of schema.prisma", async () => {
    const { models, enums } = schemaModels();
    expect(models.size).toBeGreaterThanOrEqual(12);
    const columns = await database.prisma.$queryRaw<{ table_name: string; column_name: string }[]>`
      SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'`;
    const present = new Set(columns.map((column) => `${column.table_name}.${column.column_name}`));
    const missing = [...models]
      .flatMap(([model, fields]) => fields.map((field) => `${model}.${field}`))
      .filter((key) => !present.has(key));
    expect(missing).toEqual([]);

    const labels = await database.prisma.$queryRaw<{ typname: string; enumlabel: string }[]>`
      SELECT t.typname, e.enumlabel FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid ORDER BY e.enumsortorder`;
    for (const [name, values] of enums) {
      expect(
        labels.filter((label) => label.typname === name).map((label) => label.enumlabel),
        name,
      ).toEqual(values);
    }
  });
});

describe("schema.prisma and prisma/migrations", () => {
  it("agree: replaying the migrations leaves nothing to migrate", async () => {
    const shadow = new PGlite();
    const sql = await diffMigrationsToSchema(new PrismaPGlite(shadow));
    await shadow.close();
    expect(sql.replace(/^-- This is an empty migration\.?$/m, "").trim()).toBe("");
  });
});
