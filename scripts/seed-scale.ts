// npm run db:seed:scale -- --database-url postgresql://…/calibaja_scale [--us-counties 3098 --mx-municipios 2465
//   --years 20 --first-year 2004 --seed 1]
// Fills a PostgreSQL database of its own with the national-scale SYNTHETIC dataset the benchmarks run on
// (about 7.5 million cluster rows). It refuses the embedded database and any database holding a real
// source, so made-up figures can never reach the dashboard's data. Safe to repeat: it replaces its own rows.
import pg from "pg";
import { createDatabase, describePostgresUrl, openDatabase } from "../lib/db";
import { describeDatabaseError } from "../lib/db/availability";
import { loadReferenceTables } from "../lib/dataset/load-default-dataset";
import { ConfigurationError, loadEnv } from "../lib/env";
import { renderProgressBar } from "../lib/import/progress";
import { applyMigrations } from "../lib/migrations";
import { RefusedDatabaseError, refuseRealSources, writeSyntheticDataset } from "../lib/scale/seed-scale";
import { syntheticRowCount, type ScaleShape } from "../lib/scale/synthetic-dataset";

const argument = (name: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
};
const count = (name: string, fallback: number) => {
  const value = Number(argument(name) ?? fallback);
  if (!Number.isInteger(value) || value < 0) fail(`--${name} must be a whole number, not "${argument(name)}"`);
  return value;
};
function fail(message: string): never {
  console.error(`[calibaja] ${message}`);
  process.exit(1);
}

const databaseUrl = argument("database-url");
if (!databaseUrl)
  fail(
    "db:seed:scale needs --database-url postgresql://… naming a database of its own; it never writes to the " +
      "embedded database, which holds the dashboard's real data",
  );
let env;
try {
  env = loadEnv({ DATABASE_URL: databaseUrl });
} catch (error) {
  fail(error instanceof ConfigurationError ? `--database-url: ${error.message}` : String(error));
}

const client = new pg.Client({ connectionString: databaseUrl, application_name: "calibaja db:seed:scale" });
try {
  await client.connect();
  await refuseRealSources(client);
  const connection = openDatabase(env);
  try {
    await applyMigrations(connection.adapterFactory);
  } finally {
    await connection.close();
  }
  const database = createDatabase(env);
  try {
    await loadReferenceTables(database.prisma, "loaded by db:seed:scale");
  } finally {
    await database.prisma.$disconnect();
  }
  const { rows: clusters } = await client.query<{ code: number; type: string }>(
    `SELECT code, type::text AS type FROM "Cluster" ORDER BY code`,
  );
  const shape: ScaleShape = {
    usCounties: count("us-counties", 3_098),
    mxMunicipios: count("mx-municipios", 2_465),
    years: Math.max(1, count("years", 20)),
    firstYear: count("first-year", 2004),
    seed: count("seed", 1),
    clusterCodes: clusters.map((cluster) => cluster.code),
    localClusterCodes: new Set(clusters.filter((cluster) => cluster.type === "local").map((cluster) => cluster.code)),
  };
  console.log(
    `[calibaja] writing ${syntheticRowCount(shape).toLocaleString("en-US")} SYNTHETIC cluster rows ` +
      `(${(shape.usCounties + 2).toLocaleString("en-US")} counties, ${(shape.mxMunicipios + 5).toLocaleString("en-US")} ` +
      `municipios, ${clusters.length} clusters, ` +
      `${shape.years} years) to ${describePostgresUrl(databaseUrl)} with COPY, in one transaction`,
  );
  const interactive = process.stderr.isTTY;
  let lastShown = 0;
  const result = await writeSyntheticDataset(client, shape, (written, total) => {
    const now = performance.now();
    if (now - lastShown < (interactive ? 200 : 5_000) && written < total) return;
    lastShown = now;
    const bar = renderProgressBar(written, total, process.stderr.columns ?? 80).replace(
      /[\d.]+ \/ [\d.]+ MB/,
      `${(written / 1e6).toFixed(2)} / ${(total / 1e6).toFixed(2)} M rows sent`,
    );
    process.stderr.write(interactive ? `\r${bar}` : `${bar}\n`);
    // PostgreSQL is still writing and indexing what it has been sent: say so, or the bar looks stuck.
    if (written === total)
      process.stderr.write(`${interactive ? "\n" : ""}[calibaja] all rows sent; PostgreSQL is finishing the COPY …\n`);
  });
  console.log("[calibaja] committed; updating the planner's statistics (ANALYZE) …");
  await client.query(`ANALYZE "ClusterObservation"`);
  await client.query(`ANALYZE "Region"`);
  await client.query(`ANALYZE "Coverage"`);
  console.log(
    `[calibaja] ${result.rows.toLocaleString("en-US")} synthetic rows and ${result.regions.toLocaleString("en-US")} ` +
      `synthetic regions written in ${result.seconds.toFixed(0)} s ` +
      `(${Math.round(result.rows / result.seconds).toLocaleString("en-US")} rows/s)`,
  );
} catch (error) {
  if (error instanceof RefusedDatabaseError) fail(`refused: ${describePostgresUrl(databaseUrl)}: ${error.message}`);
  if (process.env.CALIBAJA_DEBUG) console.error(error);
  fail(`the synthetic dataset could not be written: ${describeDatabaseError(error)}`);
} finally {
  await client.end();
}
