"use client";

import { useCallback, useMemo, useSyncExternalStore } from "react";
import { writeFilters } from "./search-params";

/**
 * The parameters a client island keeps in the URL: their defaults (which also name them) and the rule
 * that makes a set of values consistent (e.g. the lower threshold first).
 */
export type UrlStateRules<V extends Record<string, unknown>> = { defaults: V; normalize?: (values: V) => V };

type Written = { serverKey: string; search: string; values: Record<string, unknown> };

// The values islands wrote, one entry per set of rules: every island that reads the same parameters
// (the overview's controls, cards and charts) sees a change made in another.
const written = new WeakMap<object, Written>();
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

/**
 * The URL is the state of a page's client controls. The server reads the URL with the route's schema
 * (lib/filters.ts) and hands the island its values; a change rewrites the URL in place (no reload, no
 * history entry), so a copied link or a reload shows the same view. The browser never parses the URL
 * itself, which keeps the schemas, and zod, out of its JavaScript.
 */
export function useUrlState<V extends Record<string, unknown>>(
  /**
   * The server's values: a prop, or an object the caller memoises (a new object at each render would
   * be new values at each render).
   */
  serverValues: V,
  rules: UrlStateRules<V>,
): [V, (change: Partial<V>) => void] {
  const names = Object.keys(rules.defaults);
  // Only the island's own parameters: islands handed more of the page's filters share one state.
  const serverKey = JSON.stringify(names.map((name) => serverValues[name]));
  const fromServer = useMemo(
    () => Object.fromEntries(Object.keys(rules.defaults).map((name) => [name, serverValues[name]])) as V,
    [rules, serverValues],
  );
  const current = useCallback(() => {
    const entry = written.get(rules);
    // A change made here holds while the URL is the one it wrote and the server's values are those it
    // started from; a navigation (a link, the filter bar, reload) brings the server's values again.
    return entry && entry.serverKey === serverKey && entry.search === window.location.search
      ? (entry.values as V)
      : fromServer;
  }, [rules, serverKey, fromServer]);
  const values = useSyncExternalStore(subscribe, current, () => fromServer);
  const update = useCallback(
    (change: Partial<V>) => {
      // The values as they are now, not as they were at render: two quick changes must not undo each other.
      const merged = { ...current(), ...change };
      const next = rules.normalize ? rules.normalize(merged) : merged;
      const params = writeFilters(rules, next, new URLSearchParams(window.location.search));
      window.history.replaceState(null, "", `${window.location.pathname}${params.size ? `?${params}` : ""}`);
      written.set(rules, { serverKey, search: window.location.search, values: next });
      for (const listener of listeners) listener();
    },
    [rules, serverKey, current],
  );
  return [values, update];
}
