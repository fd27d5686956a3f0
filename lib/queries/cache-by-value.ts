import { cache } from "react";

/**
 * React's cache() for a query whose arguments are arrays or objects: cache() compares arguments by
 * identity, so two calls with equal lists would both reach the database. The arguments are keyed by
 * their JSON (lists of codes, filter objects of plain values), so equal arguments share one query per request.
 */
export function cacheByValue<Args extends unknown[], Result>(
  query: (...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result> {
  const cachedByKey = cache((key: string) => query(...(JSON.parse(key) as Args)));
  return (...args: Args) => cachedByKey(JSON.stringify(args));
}
