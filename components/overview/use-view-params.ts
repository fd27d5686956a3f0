"use client";

import { useSearchParams } from "next/navigation";
import type { EmploymentView, TopN } from "@/lib/calculations/ranking";
import { overviewShape, type OverviewFilters } from "@/lib/filters";
import { parseSearchParams } from "@/lib/search-params";

export type ViewParams = { top: TopN; t1: number; t2: number; min: number; view: EmploymentView };

/**
 * Top N, thresholds, the LQ ranking's minimum size and the employment view live in the URL, parsed with
 * the page's own schema; changing them rewrites the URL in place (no reload), and every component
 * reading them updates together.
 */
export function useViewParams(filters: OverviewFilters): [ViewParams, (next: Partial<ViewParams>) => void] {
  const searchParams = useSearchParams();
  const { values } = parseSearchParams(
    { top: overviewShape.top, t1: overviewShape.t1, t2: overviewShape.t2, min: overviewShape.min, view: overviewShape.view },
    { top: filters.top, t1: filters.t1, t2: filters.t2, min: filters.min, view: filters.view },
    searchParams,
  );
  const view: ViewParams = { ...values, t1: Math.min(values.t1, values.t2), t2: Math.max(values.t1, values.t2) };
  const update = (change: Partial<ViewParams>) => {
    const next = { ...view, ...change };
    const params = new URLSearchParams(window.location.search);
    params.set("top", String(next.top));
    params.set("t1", String(Math.min(next.t1, next.t2)));
    params.set("t2", String(Math.max(next.t1, next.t2)));
    params.set("min", String(next.min));
    params.set("view", next.view);
    window.history.replaceState(null, "", `${window.location.pathname}?${params}`);
  };
  return [view, update];
}
