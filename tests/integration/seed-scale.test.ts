import { spawnSync } from "node:child_process";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { syntheticRowCount, syntheticSourceKey } from "../../lib/scale/synthetic-dataset";
import { createPostgresDatabase, databaseKinds } from "./test-databases";

// The generator writes with PostgreSQL's COPY and refuses the embedded database by design, so it is
// tested on PostgreSQL only.
const seedScale = (...args: string[]) =>
  spawnSync("npm", ["run", "--silent", "db:seed:scale", "--", ...args], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: "" },
    timeout: 120_000,
  });

async function query<Row extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

describe.runIf(databaseKinds.includes("postgres"))("npm run db:seed:scale (PostgreSQL)", () => {
  let scale: { url: string; drop: () => Promise<void> };
  beforeAll(async () => {
    scale = await createPostgresDatabase("scale");
  });
  afterAll(async () => scale?.drop());
  const shape = ["--us-counties", "30", "--mx-municipios", "20", "--years", "3", "--first-year", "2019"];

  it("fills a database of its own with every region × cluster × year, marked synthetic, and replaces its rows when run again", async () => {
    for (let run = 0; run < 2; run++) {
      const result = seedScale("--database-url", scale.url, ...shape);
      expect(result.stderr + result.stdout).toContain("synthetic rows");
      expect(result.status).toBe(0);
    }
    const clusters = Number((await query<{ n: string }>(scale.url, `SELECT count(*) AS n FROM "Cluster"`))[0]!.n);
    const expected = syntheticRowCount({
      usCounties: 30,
      mxMunicipios: 20,
      years: 3,
      firstYear: 2019,
      seed: 1,
      clusterCodes: Array.from({ length: clusters }, (_, index) => index),
      localClusterCodes: new Set(),
    });
    const [counts] = await query<{ rows: string; sources: string; title: string; years: number[] }>(
      scale.url,
      `SELECT count(*) AS rows, count(DISTINCT o."sourceId") AS sources, min(s.title) AS title,
              array_agg(DISTINCT o.year ORDER BY o.year) AS years
       FROM "ClusterObservation" o JOIN "Source" s ON s.id = o."sourceId"`,
    );
    expect(Number(counts!.rows)).toBe(expected);
    expect(Number(counts!.sources)).toBe(1);
    expect(counts!.title).toMatch(/^SYNTHETIC/);
    expect(counts!.years).toEqual([2019, 2020, 2021]);
    // Each side is the sum of its members wherever every member has a figure, and missing otherwise,
    // in every cluster and year (as the real import sums them).
    const [sides] = await query<{ compared: string; summed: string; wrong: string }>(
      scale.url,
      `WITH members(side, member) AS (VALUES ('us-side', '06073'), ('us-side', '06025'),
         ('mx-side', '02004'), ('mx-side', '02002'), ('mx-side', '02003'), ('mx-side', '02001'), ('mx-side', '02005')),
       sums AS (
         SELECT m.side, o."clusterCode", o.year,
                CASE WHEN bool_and(o.employment IS NOT NULL) THEN sum(o.employment) END AS expected
         FROM members m JOIN "ClusterObservation" o ON o."regionCode" = m.member
         GROUP BY m.side, o."clusterCode", o.year)
       SELECT count(*) AS compared, count(sums.expected) AS summed,
              count(*) FILTER (WHERE o.employment IS DISTINCT FROM sums.expected) AS wrong
       FROM sums JOIN "ClusterObservation" o
         ON o."regionCode" = sums.side AND o."clusterCode" = sums."clusterCode" AND o.year = sums.year`,
    );
    expect(Number(sides!.compared)).toBe(2 * clusters * 3);
    expect(Number(sides!.summed)).toBeGreaterThan(clusters);
    expect(Number(sides!.wrong)).toBe(0);
  }, 300_000);

  it("refuses a database that holds real sources, and writes nothing to it", async () => {
    const seeded = inject("postgresUrl");
    const before = await query<{ n: string }>(seeded, `SELECT count(*) AS n FROM "ClusterObservation"`);
    const result = seedScale("--database-url", seeded, ...shape);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/refused: .* holds real data \(/);
    expect(await query(seeded, `SELECT count(*) AS n FROM "ClusterObservation"`)).toEqual(before);
    expect(await query(seeded, `SELECT id FROM "Source" WHERE key = $1`, [syntheticSourceKey])).toEqual([]);
    expect(await query(seeded, `SELECT code FROM "Region" WHERE code LIKE 'syn-%'`)).toEqual([]);
  }, 120_000);

  it("refuses to run without a PostgreSQL URL (the embedded database holds the real data)", () => {
    const result = seedScale(...shape);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("needs --database-url");
  });
});
