import "server-only";
import { cache } from "react";
import { getDatabase, getPrisma } from "../db";

/**
 * Query results kept across requests, for as long as the data they were read from is unchanged.
 *
 * Every write to a data table, from any process (an import, the seed, psql), bumps the one row of
 * "DataVersion" in its own transaction (a trigger; see the data_version migration). A request reads
 * that version once (React's cache() shares it between the page's sections); a result cached under
 * another version is dropped and read again. So an import reaches a running server at its next
 * request, and several servers on one database stay in step, with no message between processes.
 *
 * Why not Next.js's unstable_cache: it stores results as JSON (a Date comes back a string), and Next.js
 * 16 replaces it with "use cache", which needs the whole app moved to Cache Components. Whole pages are
 * not cached at all: each carries its own Content-Security-Policy nonce.
 */

// Far more than the distinct queries the dashboard's filters can ask (a few per region, year and
// cluster); the oldest is dropped first.
const maxEntries = 5_000;

type Entry = { version: number; result: Promise<unknown> };
// One cache per database (tests and scripts switch databases in one process: two databases can be at
// the same version with different data); on globalThis because Next.js may load this module twice.
const store = globalThis as unknown as { calibajaQueryCache?: WeakMap<object, Map<string, Entry>> };
const caches = (store.calibajaQueryCache ??= new WeakMap());
function entriesOf(database: object): Map<string, Entry> {
  let entries = caches.get(database);
  if (!entries) caches.set(database, (entries = new Map()));
  return entries;
}

/** The version of the data, read once per request. */
export const dataVersion = cache(async (): Promise<number> => {
  const rows = await getPrisma().$queryRaw<{ version: number }[]>`SELECT version FROM "DataVersion" WHERE id = 1`;
  return rows[0]?.version ?? 0;
});

/** Callers share one result: freezing it makes a caller that would change it fail loudly, not corrupt the next page. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * A query function whose results are kept across requests while the data version holds, keyed by its
 * name and its arguments' JSON (region, year, cluster, filters: what the URL chose); within one request
 * equal calls share one promise. A failed query is not kept.
 */
export function cachedQuery<Args extends unknown[], Result>(
  name: string,
  query: (...args: Args) => Promise<Result>,
): ((...args: Args) => Promise<Result>) & { uncached: (...args: Args) => Promise<Result> } {
  const perRequest = cache(async (key: string): Promise<Result> => {
    const entries = entriesOf(getDatabase());
    const version = await dataVersion();
    const cacheKey = `${name}:${key}`;
    const entry = entries.get(cacheKey);
    if (entry && entry.version === version) {
      // Most recently used last: Map keeps insertion order, so the first key is the one to drop.
      entries.delete(cacheKey);
      entries.set(cacheKey, entry);
      return entry.result as Promise<Result>;
    }
    if (entry) entries.delete(cacheKey);
    const result = query(...(JSON.parse(key) as Args)).then(deepFreeze);
    entries.set(cacheKey, { version, result });
    if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
    result.catch(() => {
      if (entries.get(cacheKey)?.result === result) entries.delete(cacheKey);
    });
    return result;
  });
  // The query itself stays reachable: the benchmark times it against the same SQL sent through `pg`.
  return Object.assign((...args: Args) => perRequest(JSON.stringify(args)), { uncached: query });
}

/** How many results are kept for the current database (for tests). */
export const cachedResultCount = () => entriesOf(getDatabase()).size;
