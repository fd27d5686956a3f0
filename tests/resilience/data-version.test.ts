import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { createPostgresDatabase } from "../integration/test-databases";
import { startServer, type RunningServer } from "./server";

/**
 * A running production server keeps query results in memory; a write by another process (here the
 * test's own connection, as an import's would be) must reach its next request, with no restart.
 */
const port = 3412;
const ranking = `http://127.0.0.1:${port}/api/export/clusters-by-lq?region=us-side&year=2016&lang=en&bom=0`;
let database: { url: string; drop: () => Promise<void> };
let server: RunningServer;

async function employmentByCluster(): Promise<Map<string, string>> {
  const response = await fetch(ranking, { signal: AbortSignal.timeout(30_000) });
  expect(response.status).toBe(200);
  const rows = parse(await response.text(), { columns: true }) as Record<string, string>[];
  return new Map(rows.map((row) => [row.cluster_code!, row.employment_jobs!]));
}

async function write(sql: string, values: unknown[]) {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return await client.query(sql, values);
  } finally {
    await client.end();
  }
}

describe("a running server and a write from another process", () => {
  beforeAll(async () => {
    database = await createPostgresDatabase("data_version");
    server = await startServer({ DATABASE_URL: database.url }, undefined, port);
  }, 300_000);
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it("serves the changed figure at the next request, then the restored one", async () => {
    const before = await employmentByCluster();
    expect(await employmentByCluster()).toEqual(before);
    const [clusterCode, employment] = [...before].find(([, value]) => value !== "")!;
    const changed = await write(
      `UPDATE "ClusterObservation" SET employment = employment + 1000
       WHERE "regionCode" = 'us-side' AND year = 2016 AND "clusterCode" = $1 AND employment IS NOT NULL`,
      [Number(clusterCode)],
    );
    expect(changed.rowCount).toBeGreaterThan(0);
    expect((await employmentByCluster()).get(clusterCode)).toBe(String(Number(employment) + 1000));
    await write(
      `UPDATE "ClusterObservation" SET employment = employment - 1000
       WHERE "regionCode" = 'us-side' AND year = 2016 AND "clusterCode" = $1 AND employment IS NOT NULL`,
      [Number(clusterCode)],
    );
    expect(await employmentByCluster()).toEqual(before);
  });
});
