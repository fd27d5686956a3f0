"use client";

import type { EmploymentView, TopN } from "@/lib/calculations/ranking";
import { orderThresholds, overviewDefaults } from "@/lib/filter-defaults";
import { useUrlState, type UrlStateRules } from "@/lib/use-url-state";

export type ViewParams = { top: TopN; t1: number; t2: number; min: number; view: EmploymentView };

const viewRules: UrlStateRules<ViewParams> = {
  defaults: {
    top: overviewDefaults.top,
    t1: overviewDefaults.t1,
    t2: overviewDefaults.t2,
    min: overviewDefaults.min,
    view: overviewDefaults.view,
  },
  normalize: orderThresholds,
};

/**
 * Top N, thresholds, the LQ ranking's minimum size and the employment view of the overview: the
 * server's reading of the URL, then each change written back to it (thresholds come out in order).
 * The overview's islands share them.
 */
export function useViewParams(filters: ViewParams): [ViewParams, (next: Partial<ViewParams>) => void] {
  return useUrlState(filters, viewRules);
}
