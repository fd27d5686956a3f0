// npm run bench:compare — times the comparison's queries on the configured database (by default the
// embedded PGlite in .data/pglite, seeded): the border metros (12 regions × 67 clusters), ten regions
// of mixed kinds, the "most similar" ranking over every metro, and a cluster's top metros. Prints
// p50 / p95 per query and the plans of the two heaviest, so an index or plan change shows up here.
// Run with --conditions=react-server (the npm script does): the query modules are server-only.
import { Prisma } from "../lib/generated/prisma/client";
import { loadComparison } from "../lib/compare-data";
import { createDatabase, setDatabase } from "../lib/db";
import { getComparisonCells, getMostSimilarRegions, getTopMetrosForCluster } from "../lib/queries/compare";
import { chosenClusterObservations } from "../lib/queries/observations-sql";

const database = createDatabase();
setDatabase(database);
const rounds = Number(process.argv[2] ?? 20);
const tenRegions = [
  "06073",
  "06025",
  "us-side",
  "CA",
  "AZ",
  "TX",
  "cbsa-41740",
  "cbsa-20940",
  "cbsa-21340",
  "cbsa-31080",
];

async function time(label: string, run: () => Promise<unknown>) {
  await run(); // warm-up: the first call pays for PGlite's page cache and query planning
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const at = (share: number) => samples[Math.min(samples.length - 1, Math.floor(share * samples.length))]!;
  console.log(
    `${label.padEnd(58)} p50 ${at(0.5).toFixed(1).padStart(7)} ms   p95 ${at(0.95).toFixed(1).padStart(7)} ms`,
  );
}

const border = await loadComparison({ r: [], set: "border" });
console.log(`border metros: ${border.regions.length} regions, ${border.cells.length} cells, year ${border.year}`);
await time("loadComparison: border metros (12 × 67)", () => loadComparison({ r: [], set: "border" }));
await time("loadComparison: 10 regions of mixed kinds (× 67)", () => loadComparison({ r: tenRegions, set: "" }));
await time("getComparisonCells: 10 regions (× 67)", () => getComparisonCells(tenRegions, 2016));
await time("getMostSimilarRegions: San Diego among every metro", () => getMostSimilarRegions("cbsa-41740", 2016, 10));
await time("getTopMetrosForCluster: Aerospace by LQ", () =>
  getTopMetrosForCluster(1, 2016, "lq", 10, ["cbsa-41740", "cbsa-20940"], 1000),
);
await time("loadComparison: most similar to San Diego", () => loadComparison({ r: [], set: "similar-san-diego" }));

for (const [label, sql] of [
  [
    "cells of 10 regions",
    chosenClusterObservations(Prisma.sql`o."regionCode" IN (${Prisma.join(tenRegions)}) AND o.year = 2016`),
  ],
  [
    "one cluster across every metro",
    chosenClusterObservations(Prisma.sql`o."clusterCode" = 1 AND o.year = 2016 AND r.kind = 'metro'`),
  ],
] as const) {
  const plan = await database.prisma.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN ANALYZE ${sql}`);
  console.log(`\nEXPLAIN ANALYZE — ${label}:\n${plan.map((row) => `  ${row["QUERY PLAN"]}`).join("\n")}`);
}
console.log(`\ndatabase: ${database.connection.description}`);
await database.prisma.$disconnect();
await database.connection.close();
