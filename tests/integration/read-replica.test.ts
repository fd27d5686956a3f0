import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { checkDatabase, createDatabase, setDatabase, type Database } from "../../lib/db";
import { applyMigrations } from "../../lib/migrations";
import { getClusterYears, getRegions } from "../../lib/queries/regions";
import { createPostgresDatabase, databaseKinds } from "./test-databases";

// A replica is a copy of the primary; here it is a second database that differs on purpose (one region
// and no observations), so that each answer shows which database it came from.
describe.runIf(databaseKinds.includes("postgres"))("DATABASE_REPLICA_URL (PostgreSQL)", () => {
  let replica: { url: string; drop: () => Promise<void> };
  let database: Database;
  beforeAll(async () => {
    replica = await createPostgresDatabase("replica");
    const migrating = createDatabase({ databaseUrl: replica.url, pgliteDir: "" });
    await applyMigrations(migrating.connection.adapterFactory);
    await migrating.prisma.$disconnect();
    const client = new pg.Client({ connectionString: replica.url });
    await client.connect();
    await client.query(
      `INSERT INTO "Region" (code, "nameEn", "nameEs", country, kind) VALUES ('replica-only', 'On the replica', 'En la réplica', 'US', 'county')`,
    );
    await client.end();
    database = createDatabase({ databaseUrl: inject("postgresUrl"), databaseReplicaUrl: replica.url, pgliteDir: "" });
    setDatabase(database);
  });
  afterAll(async () => {
    setDatabase(undefined);
    await database?.reader?.$disconnect();
    await database?.prisma.$disconnect();
    await replica?.drop();
  });

  it("sends the dashboard's queries, ORM and raw SQL alike, to the replica; imports keep writing to the primary", async () => {
    expect((await getRegions()).map((region) => region.code)).toEqual(["replica-only"]);
    expect(await getClusterYears("us-side")).toEqual([]);
    expect(await checkDatabase()).toEqual({ ok: true, kind: "postgres", clusters: 0 });
    // The primary (what imports and the seed write through) still holds the real dataset.
    expect(await database.prisma.region.count({ where: { code: "us-side" } })).toBe(1);
    expect(await database.prisma.clusterObservation.count()).toBeGreaterThan(1_000);
  });
});
