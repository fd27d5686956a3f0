import type { EmploymentView, TopN } from "./calculations/ranking";

// The filters' values, defaults and consistency rules, apart from their schemas (lib/filters.ts): the
// client islands that keep their view in the URL import these, and zod stays out of the browser.

export type OverviewFilters = {
  region: string;
  year: number | null;
  type: "all" | "traded" | "local";
  top: TopN;
  t1: number;
  t2: number;
  min: number;
  view: EmploymentView;
};
export const overviewDefaults: OverviewFilters = {
  region: "us-side",
  year: null,
  type: "all",
  top: 20,
  t1: 10_000,
  t2: 20_000,
  min: 1_000,
  view: "largest",
};

/** The two employment thresholds in order, whichever order the URL gave them in. */
export function orderThresholds<T extends { t1: number; t2: number }>(values: T): T {
  return { ...values, t1: Math.min(values.t1, values.t2), t2: Math.max(values.t1, values.t2) };
}

export const clustersDefaults = {
  region: "us-side",
  year: null as number | null,
  type: "all" as "all" | "traded" | "local",
  sort: "employment" as "lq" | "employment" | "establishments" | "wage" | "name" | "code",
  dir: "desc" as "asc" | "desc",
  q: "",
};
export type ClustersFilters = typeof clustersDefaults;

/** The most regions a comparison shows side by side (the largest shipped peer set, California's metros, has 26). */
export const maxComparedRegions = 30;

export type CompareFilters = {
  r: string[];
  set: string;
  view: "bars" | "heatmap" | "table";
  metric: "lq" | "jobs";
  cluster: number | null;
  type: "traded" | "all";
};
export const compareDefaults: CompareFilters = {
  r: [],
  set: "",
  view: "heatmap",
  metric: "lq",
  cluster: null,
  type: "traded",
};

/** Regions named one by one replace a peer set: a link never carries both. */
export function oneRegionChoice(values: CompareFilters): CompareFilters {
  return values.r.length > 0 ? { ...values, set: "" } : values;
}

/** The presentation's first slide, the title slide. */
export const presentDefaults = { slide: 1 };
