// npm run bench [-- --database-url postgresql://… --scale --seconds 10 --repeat 3 --out bench-results/run.json]
// Starts the production build (run `npx next build` first) on the embedded database (a seeded copy in
// .data/bench-pglite) or on PostgreSQL, then prints one table of figures, each beside its target:
// time from start to the first page, page latency at 1 and 10 connections against a static file of the
// same server, first-load JavaScript per page, the whole-dataset CSV against PostgreSQL's own COPY, and
// (on PostgreSQL) each query function against the same SQL sent straight through `pg`. With --scale the
// database is used as it is: it must hold the synthetic national-scale dataset (npm run db:seed:scale).
// The figures go to a JSON file too. Slow by design: never part of the test suite.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { copyDataset } from "./bench/copy-baseline";
import { chartVisibleMs } from "./bench/chart-visible";
import { firstLoadJavaScript } from "./bench/first-load-js";
import { load, medianFigures, type LoadFigures } from "./bench/load";
import { descendantsRss } from "./bench/process-memory";

const argument = (name: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
};
const databaseUrl = argument("database-url");
const seconds = Number(argument("seconds") ?? 10);
// Each load is run this many times and its medians reported: one run on two cores varies by tens of percent.
const repeat = Math.max(1, Number(argument("repeat") ?? 3));
const scale = process.argv.includes("--scale");
// The server's V8 heap limit (--max-old-space-size): unset, V8 sizes it from the machine's memory and
// collects lazily, so resident memory mostly measures garbage not yet collected.
const heapMb = argument("heap-mb");
const port = Number(argument("port") ?? 3410);
const origin = `http://localhost:${port}`;
const databaseKind = databaseUrl ? (scale ? "postgresql-scale" : "postgresql") : "pglite";
const out =
  argument("out") ??
  `bench-results/${new Date().toISOString().slice(0, 10)}-${databaseKind}${heapMb ? `-heap${heapMb}` : ""}.json`;

if (!fs.existsSync(".next/BUILD_ID")) {
  console.error("No production build in .next: run `npx next build` first (the benchmark measures the build).");
  process.exit(2);
}
const pgliteDir = path.resolve(".data/bench-pglite");
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { PGLITE_DIR: pgliteDir, DATABASE_URL: "" }),
};
if (scale) {
  if (!databaseUrl) {
    console.error(
      "--scale needs --database-url: the national-scale dataset lives in PostgreSQL (npm run db:seed:scale)",
    );
    process.exit(2);
  }
  const check = spawnSync("psql", [databaseUrl, "-XAtc", `SELECT count(*) FROM "ClusterObservation"`], {
    encoding: "utf8",
  });
  if (check.status !== 0 || Number(check.stdout) < 1_000_000) {
    console.error(`--scale: ${databaseUrl} does not hold the scale dataset; fill it with npm run db:seed:scale first`);
    process.exit(2);
  }
} else if (databaseUrl || !fs.existsSync(pgliteDir)) {
  console.log(`seeding ${databaseUrl ? "the PostgreSQL database" : pgliteDir} (npm run db:setup) …`);
  const setup = spawnSync("npm", ["run", "--silent", "db:setup"], { env, stdio: "inherit" });
  if (setup.status !== 0) process.exit(setup.status ?? 1);
}

async function startServer(): Promise<{ server: ChildProcess; startToFirstPage: number }> {
  const started = performance.now();
  const server = spawn(
    process.execPath,
    [
      ...(heapMb ? [`--max-old-space-size=${Number(heapMb)}`] : []),
      "node_modules/next/dist/bin/next",
      "start",
      "-H",
      "localhost",
      "-p",
      String(port),
    ],
    {
      env,
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  for (;;) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}`);
    try {
      if ((await fetch(`${origin}/`)).ok) return { server, startToFirstPage: (performance.now() - started) / 1000 };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const routes = [
  { name: "static file (/robots.txt)", path: "/robots.txt", page: false },
  { name: "overview /", path: "/", page: true },
  { name: "cluster /clusters/1", path: "/clusters/1", page: true },
  { name: "region /regions/us-side", path: "/regions/us-side", page: true },
  {
    name: "CSV /api/export/clusters-by-lq",
    path: "/api/export/clusters-by-lq?region=us-side&year=2016&lang=en",
    page: true,
  },
];

// Every page of the app (one of each dynamic route), for the first-load JavaScript target.
const firstLoadRoutes = [
  "/",
  "/es",
  "/clusters",
  "/clusters/1",
  "/regions",
  "/regions/us-side",
  "/regions/calibaja",
  "/regions/02004",
  "/compare",
  "/present",
  "/methodology",
];

const { server, startToFirstPage } = await startServer();
const results: { route: string; load: LoadFigures[] }[] = [];
const firstLoad: { route: string; files: number; gzipKb: number }[] = [];
let exportFigures: Record<string, number | null> = {};
let chartVisible: number[] = [];
try {
  for (const route of routes) await fetch(origin + route.path).then((response) => response.arrayBuffer());
  for (const route of routes) {
    const figures: LoadFigures[] = [];
    for (const connections of [1, 10]) {
      const runs: LoadFigures[] = [];
      for (let run = 0; run < repeat; run++) runs.push(await load(origin + route.path, connections, seconds));
      figures.push(medianFigures(runs));
    }
    results.push({ route: route.name, load: figures });
  }
  for (const path of firstLoadRoutes) {
    const figures = await firstLoadJavaScript(origin, path);
    firstLoad.push({ route: path, files: figures.files, gzipKb: figures.gzipBytes / 1024 });
  }
  chartVisible = await chartVisibleMs(origin, "/", 5);
  // The whole dataset, streamed: its throughput and the server's memory while it streams.
  const baselineRss = descendantsRss(server.pid!);
  let peakRss = baselineRss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, descendantsRss(server.pid!))), 25);
  const started = performance.now();
  const response = await fetch(`${origin}/api/export/dataset?lang=en&bom=0`);
  let bytes = 0;
  let rows = -1;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.byteLength;
    for (const byte of chunk) if (byte === 10) rows++;
  }
  const exportSeconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const copy = databaseUrl ? await copyDataset(databaseUrl) : null;
  exportFigures = {
    rows,
    megabytes: bytes / 1e6,
    seconds: exportSeconds,
    rowsPerSecond: rows / exportSeconds,
    megabytesPerSecond: bytes / 1e6 / exportSeconds,
    serverRssBeforeMb: baselineRss / 1e6,
    serverPeakRssMb: peakRss / 1e6,
    copyRowsPerSecond: copy ? copy.rows / copy.seconds : null,
    exportOverCopy: copy ? rows / exportSeconds / (copy.rows / copy.seconds) : null,
  };
} finally {
  server.kill("SIGTERM");
}

type OrmFigures = {
  runs: number;
  results: { name: string; statements: number; ormMs: number; directMs: number; ratio: number; cachedMs: number }[];
};
let orm: OrmFigures | null = null;
if (databaseUrl) {
  const measured = spawnSync(
    process.execPath,
    [
      "--conditions=react-server",
      "--no-warnings",
      "--import",
      "tsx",
      "scripts/bench/orm-ratio.ts",
      "--database-url",
      databaseUrl,
    ],
    { encoding: "utf8", env, stdio: ["ignore", "pipe", "inherit"] },
  );
  if (measured.status === 0) orm = JSON.parse(measured.stdout) as OrmFigures;
  else console.error("the ORM / direct SQL measurement failed (see above)");
}

const pad = (text: string | number, width: number) => String(text).padStart(width);
const staticP95 = results[0]!.load[1]!.p95;
console.log(
  `\n${databaseKind}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${seconds} s per load, medians of ${repeat} loads${heapMb ? `, server heap limit ${heapMb} MB` : ""}`,
);
console.log(`start to first page: ${startToFirstPage.toFixed(2)} s (target < 5 s on the embedded database)`);
console.log(
  `\n${"route".padEnd(34)} conn    req/s    p50 ms    p95 ms    p99 ms  non-2xx  p95 / static (target ≤ 2 at 10)`,
);
for (const { route, load: figures } of results) {
  for (const figure of figures) {
    const ratio = figure.connections === 10 && route !== results[0]!.route ? (figure.p95 / staticP95).toFixed(1) : "";
    console.log(
      `${route.padEnd(34)} ${pad(figure.connections, 4)} ${pad(figure.requestsPerSecond.toFixed(1), 8)} ${pad(figure.p50.toFixed(0), 9)} ${pad(figure.p95.toFixed(0), 9)} ${pad(figure.p99.toFixed(0), 9)} ${pad(figure.non2xx + figure.errors, 8)}  ${ratio}`,
    );
  }
}
console.log(`\nfirst-load JavaScript (gzip, target < 180 kB):`);
for (const entry of firstLoad)
  console.log(`  ${entry.route.padEnd(32)} ${pad(entry.gzipKb.toFixed(0), 5)} kB in ${entry.files} files`);
const sortedChartTimes = [...chartVisible].sort((a, b) => a - b);
console.log(
  `\nchart visible after navigation (Chromium, cold cache, /): median ${Math.round(sortedChartTimes[Math.floor(sortedChartTimes.length / 2)]!)} ms of ${sortedChartTimes.length} (${sortedChartTimes.map(Math.round).join(", ")}) (target < 1,500 ms)`,
);
const ef = exportFigures;
console.log(
  `\nwhole-dataset CSV: ${ef.rows} rows, ${ef.megabytes!.toFixed(1)} MB in ${ef.seconds!.toFixed(2)} s = ${Math.round(ef.rowsPerSecond!)} rows/s, ${ef.megabytesPerSecond!.toFixed(1)} MB/s; server RSS ${ef.serverRssBeforeMb!.toFixed(0)} → peak ${ef.serverPeakRssMb!.toFixed(0)} MB (target: peak < 300 MB)`,
);
console.log(
  ef.exportOverCopy === null
    ? "COPY baseline: PostgreSQL only (pass --database-url)"
    : `COPY of the same rows: ${Math.round(ef.copyRowsPerSecond!)} rows/s; export / COPY = ${ef.exportOverCopy!.toFixed(2)} (target ≥ 0.5)`,
);
console.log(
  orm === null
    ? "\nquery functions against direct SQL: PostgreSQL only (pass --database-url)"
    : `\nquery function / the same SQL through pg (medians of ${orm.runs} runs; target ≤ 1.3 at scale):`,
);
for (const entry of orm?.results ?? [])
  console.log(
    `  ${entry.name.padEnd(36)} ${pad(entry.statements, 2)} statements ${pad(entry.ormMs.toFixed(2), 7)} ms / ${pad(entry.directMs.toFixed(2), 6)} ms = ${entry.ratio.toFixed(2)}; from the cache ${entry.cachedMs.toFixed(2)} ms`,
  );
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(
  out,
  `${JSON.stringify({ date: new Date().toISOString(), database: databaseKind, cores: os.cpus().length, seconds, repeat, heapMb: heapMb ? Number(heapMb) : null, startToFirstPage, results, firstLoad, chartVisibleMs: chartVisible, export: exportFigures, orm }, null, 2)}\n`,
);
console.log(`\nfigures written to ${out}`);
