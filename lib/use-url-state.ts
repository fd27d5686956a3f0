"use client";

import { useSearchParams } from "next/navigation";
import { useCallback } from "react";
import type { z } from "zod";
import { parseFilters, writeFilters, type FilterSchema, type FilterValues } from "./search-params";

/**
 * The URL is the state of a page's client controls: values are parsed with the route's own schema,
 * and a change rewrites the URL in place (no reload, no history entry), so a copied link or a reload
 * shows the same view. Next.js updates useSearchParams on replaceState, so every reader re-renders.
 */
export function useUrlState<S extends Record<string, z.ZodType>>(
  schema: FilterSchema<S>,
): [FilterValues<S>, (change: Partial<FilterValues<S>>) => void] {
  const searchParams = useSearchParams();
  const { values } = parseFilters(schema, searchParams);
  const update = useCallback(
    (change: Partial<FilterValues<S>>) => {
      // Read the URL as it is now, not as it was at render: two quick changes must not undo each other.
      const current = new URLSearchParams(window.location.search);
      const merged = { ...parseFilters(schema, current).values, ...change };
      const next = writeFilters(schema, schema.normalize ? schema.normalize(merged) : merged, current);
      window.history.replaceState(null, "", `${window.location.pathname}${next.size ? `?${next}` : ""}`);
    },
    [schema],
  );
  return [values, update];
}
