import fs from "node:fs";
import fc from "fast-check";
import { afterAll, describe, expect, inject, it } from "vitest";
import { deckKinds } from "../../lib/deck";
import { serverLogFile } from "./server";

/**
 * Generated requests against every route of the production server: whatever the URL holds, the
 * answer is never a 5xx, and an HTML page never carries the input back unescaped. FUZZ_RUNS sets
 * how many inputs each route gets (PAGE_FUZZ_RUNS for pages, which each render a whole view).
 */
const baseUrl = inject("baseUrl");
const apiRuns = Number(process.env.FUZZ_RUNS ?? 1000);
const pageRuns = Number(process.env.PAGE_FUZZ_RUNS ?? process.env.FUZZ_RUNS ?? 1000);
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);

// Every parameter name a route reads, so that generated values reach the parsers, not only the defaults.
const knownParams = [
  "region",
  "year",
  "type",
  "top",
  "t1",
  "t2",
  "min",
  "view",
  "sort",
  "dir",
  "q",
  "y",
  "mfg",
  "plants",
  "map",
  "slide",
  "v",
  "r",
  "set",
  "metric",
  "cluster",
  "code",
  "by",
  "measure",
  "chart",
  "lang",
  "bom",
];
const marker = "<x-fuzz>";
// Values a probe found or that break parsers: number edge cases, escapes, NUL, markup, deck items, lists.
const hostileValues = [
  "1e308",
  "1e309",
  "-1",
  "0",
  "9007199254740993",
  "NaN",
  "Infinity",
  "-2016",
  "99999",
  "%FF",
  "%",
  "%E0%A4%A",
  "\u0000",
  "%00",
  "06073\u0000",
  marker,
  `"><svg onload=alert(1)>${marker}`,
  "../../etc/passwd",
  "' OR 1=1 --",
  "06073,02004,cbsa-41740,us-side,mx-side",
  Array.from({ length: 40 }, (_, index) => `cbsa-${10000 + index}`).join(","),
  "x".repeat(500),
  "cluster~code=1e308",
  "portfolio~code=%00",
  "compare~r=06073,02004~metric=jobs",
];
const value = fc.oneof(
  fc.constantFrom(...hostileValues),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.integer().map(String),
  fc.double().map(String),
  fc
    .tuple(
      fc.constantFrom(...deckKinds),
      fc.array(fc.tuple(fc.constantFrom(...knownParams), fc.string({ maxLength: 8 }))),
    )
    .map(([kind, pairs]) => [kind, ...pairs.map(([name, text]) => `${name}=${text}`)].join("~")),
);
// Most values are escaped as a browser would; some go raw, so malformed escapes reach the server.
const encodedValue = fc.tuple(value, fc.boolean()).map(([text, raw]) => (raw ? text : encodeURIComponent(text)));
const query = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...knownParams), fc.string({ maxLength: 6 })), encodedValue), {
    maxLength: 6,
  })
  .map((pairs) => pairs.map(([name, text]) => `${encodeURIComponent(name)}=${text}`).join("&"));
const pathSegment = fc.oneof(
  fc.constantFrom("1", "999", "0", "1e308", "06073", "us-side", "%FF", "%00", "9007199254740993", marker),
  fc.string({ maxLength: 12 }).map(encodeURIComponent),
);

const pageRoutes = [
  "/",
  "/clusters",
  "/clusters/{}",
  "/regions",
  "/regions/{}",
  "/compare",
  "/methodology",
  "/present",
];
const apiRoutes = [
  "/api/clusters/ranking",
  "/api/compare",
  "/api/regions",
  "/api/health",
  "/api/og",
  ...fs
    .readdirSync("app/api/export")
    .filter((name) => name !== "dataset")
    .map((name) => `/api/export/${name}`),
];

const results = {
  requests: 0,
  serverErrors: 0,
  byRoute: new Map<string, number>(),
  msByRoute: new Map<string, number>(),
};

async function fetchRaw(url: string) {
  // fetch() would refuse some generated URLs itself; those never reach a server and count as refused.
  let response: Response;
  try {
    response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(60_000) });
  } catch (error) {
    if ((error as Error).name === "TypeError" && /URL|Invalid/.test(String((error as Error).message))) return null;
    throw error;
  }
  const body = await response.text();
  return { status: response.status, type: response.headers.get("content-type") ?? "", body };
}

function fuzzRoute(route: string, runs: number) {
  it(`${route}: ${runs} generated requests, no 5xx, no unescaped reflection`, { timeout: 1_800_000 }, async () => {
    const languagePrefix = fc.constantFrom("", "/es");
    const started = performance.now();
    await fc.assert(
      fc.asyncProperty(languagePrefix, pathSegment, query, async (prefix, segment, search) => {
        const path = route.startsWith("/api/") ? route : `${prefix}${route}`.replace(/^\/es\/$/, "/es");
        const url = `${baseUrl}${path.replace("{}", segment)}${search ? `?${search}` : ""}`;
        const answer = await fetchRaw(url);
        results.requests += 1;
        results.byRoute.set(route, (results.byRoute.get(route) ?? 0) + 1);
        if (!answer) return;
        if (answer.status >= 500) results.serverErrors += 1;
        expect(answer.status, `${url} answered ${answer.status}: ${answer.body.slice(0, 300)}`).toBeLessThan(500);
        if (answer.type.includes("text/html")) expect(answer.body, url).not.toContain(marker);
      }),
      { numRuns: runs, seed, endOnFailure: true },
    );
    results.msByRoute.set(route, performance.now() - started);
  });
}

describe(`fuzzing every route (seed ${seed})`, () => {
  for (const route of pageRoutes) fuzzRoute(route, pageRuns);
  for (const route of apiRoutes) fuzzRoute(route, apiRuns);
});

afterAll(() => {
  console.log(
    `[resilience] ${results.requests} generated requests on ${results.byRoute.size} routes (seed ${seed}), ${results.serverErrors} answered 5xx`,
  );
  console.log(
    [...results.msByRoute]
      .map(([route, ms]) => `  ${route}: ${(ms / (results.byRoute.get(route) ?? 1)) | 0} ms per request`)
      .join("\n"),
  );
  // A refused request logs one line; a stack trace means an error escaped to Next.js's handler.
  const log = fs.readFileSync(serverLogFile, "utf8");
  expect(log.match(/^\s+at .+:\d+:\d+\)?$/gm) ?? [], "stack traces in the server log").toEqual([]);
});
