"use client";

import type { EmploymentView, TopN } from "@/lib/calculations/ranking";
import { overviewFilters } from "@/lib/filters";
import { useUrlState } from "@/lib/use-url-state";

export type ViewParams = { top: TopN; t1: number; t2: number; min: number; view: EmploymentView };

/**
 * Top N, thresholds, the LQ ranking's minimum size and the employment view of the overview, read from
 * and written to the URL through the overview's own schema (thresholds come out in order).
 */
export function useViewParams(): [ViewParams, (next: Partial<ViewParams>) => void] {
  const [values, update] = useUrlState(overviewFilters);
  return [{ top: values.top, t1: values.t1, t2: values.t2, min: values.min, view: values.view }, update];
}
