// node --conditions=react-server --import tsx scripts/bench/orm-ratio.ts --database-url postgresql://… [--runs 15]
// Each query function of lib/queries against the same SQL run straight through `pg`: the function is
// called once with Prisma's query log on to capture the statements it sends (with their parameters);
// then the function and the captured statements are timed alternately, and the medians compared. The
// ratio is what the ORM layer (Prisma's client, its driver adapter and the function's own shaping of
// rows) costs over the database's own time. Prints one JSON object; scripts/bench.ts runs it.
import pg from "pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { openDatabase, setDatabase } from "../../lib/db";
import { loadEnv } from "../../lib/env";
import { getCluster, getClusterObservations } from "../../lib/queries/cluster-detail";
import { getClusterRanking, getPublishedTotal } from "../../lib/queries/cluster-ranking";
import { getComparisonCells, getComparisonYear } from "../../lib/queries/compare";
import { getClusterYears, getCoverage, getLqYears, getRegion, getRegions } from "../../lib/queries/regions";
import { getEmploymentSeries } from "../../lib/queries/trends";

const argument = (name: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
};
const databaseUrl = argument("database-url");
if (!databaseUrl) throw new Error("--database-url is required (the direct path is `pg`)");
const runs = Number(argument("runs") ?? 15);

const connection = openDatabase(loadEnv({ DATABASE_URL: databaseUrl }));
const prisma = new PrismaClient({ adapter: connection.adapterFactory, log: [{ emit: "event", level: "query" }] });
let captured: { sql: string; params: unknown[] }[] | null = null;
prisma.$on("query", (event) => captured?.push({ sql: event.query, params: JSON.parse(event.params) as unknown[] }));
setDatabase({ prisma, connection });
const direct = new pg.Client({ connectionString: databaseUrl });
await direct.connect();

const latestYear = async (region: string) => (await getClusterYears.uncached(region)).at(-1) ?? 2016;
const usYear = await latestYear("us-side");
const compared = ["06073", "06025", "02004", "us-side", "mx-side"];
// The calls one request of a page makes, with the arguments the pages pass; each through the query
// itself (`uncached`) and, for comparison, through the cache the server uses.
const calls: { name: string; call: () => Promise<unknown>; cached: () => Promise<unknown> }[] = [
  { name: "getRegions", call: () => getRegions.uncached(), cached: () => getRegions() },
  { name: "getRegion(us-side)", call: () => getRegion.uncached("us-side"), cached: () => getRegion("us-side") },
  {
    name: "getClusterYears(us-side)",
    call: () => getClusterYears.uncached("us-side"),
    cached: () => getClusterYears("us-side"),
  },
  { name: "getLqYears(us-side)", call: () => getLqYears.uncached("us-side"), cached: () => getLqYears("us-side") },
  {
    name: "getCoverage(side and counties)",
    call: () => getCoverage.uncached(["us-side", "06073", "06025"]),
    cached: () => getCoverage(["us-side", "06073", "06025"]),
  },
  {
    name: "getClusterRanking(us-side)",
    call: () => getClusterRanking.uncached({ region: "us-side", year: usYear, type: "all" }),
    cached: () => getClusterRanking({ region: "us-side", year: usYear, type: "all" }),
  },
  {
    name: "getPublishedTotal(us-side)",
    call: () => getPublishedTotal.uncached("us-side", usYear),
    cached: () => getPublishedTotal("us-side", usYear),
  },
  { name: "getCluster(1)", call: () => getCluster.uncached(1), cached: () => getCluster(1) },
  {
    name: "getClusterObservations(1)",
    call: () => getClusterObservations.uncached(1),
    cached: () => getClusterObservations(1),
  },
  {
    name: "getEmploymentSeries(5 regions, 1)",
    call: () => getEmploymentSeries.uncached(compared, [1]),
    cached: () => getEmploymentSeries(compared, [1]),
  },
  {
    name: "getComparisonYear(5 regions)",
    call: () => getComparisonYear.uncached(compared),
    cached: () => getComparisonYear(compared),
  },
  {
    name: "getComparisonCells(5 regions)",
    call: () => getComparisonCells.uncached(compared, usYear),
    cached: () => getComparisonCells(compared, usYear),
  },
];

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};
const results: {
  name: string;
  statements: number;
  ormMs: number;
  directMs: number;
  ratio: number;
  cachedMs: number;
}[] = [];
for (const { name, call, cached } of calls) {
  captured = [];
  await call();
  const statements = captured;
  captured = null;
  const orm: number[] = [];
  const sql: number[] = [];
  const hits: number[] = [];
  await cached();
  for (let run = 0; run < runs; run++) {
    let started = performance.now();
    await call();
    orm.push(performance.now() - started);
    started = performance.now();
    for (const statement of statements) await direct.query(statement.sql, statement.params);
    sql.push(performance.now() - started);
    started = performance.now();
    await cached();
    hits.push(performance.now() - started);
  }
  results.push({
    name,
    statements: statements.length,
    ormMs: median(orm),
    directMs: median(sql),
    ratio: median(orm) / median(sql),
    cachedMs: median(hits),
  });
}
await direct.end();
await prisma.$disconnect();
await connection.close();
console.log(JSON.stringify({ runs, results }));
