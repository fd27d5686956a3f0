import "server-only";
import type { OverviewFilters } from "./filters";
import { cache } from "react";
import { getClusterRanking } from "./queries/cluster-ranking";
import { resolveViewYears } from "./view-years";

/**
 * The rows behind the overview's charts for a set of filters, with the years resolved by the one
 * rule (lib/view-years.ts): the page's sections, the exports and the slides read them here, so they
 * show what the page shows (and the sections of one page share one query).
 */
export function loadOverviewRows(values: Pick<OverviewFilters, "region" | "year" | "type">) {
  return loadRows(values.region, values.year, values.type);
}

const loadRows = cache(async (region: string, requestedYear: number | null, type: OverviewFilters["type"]) => {
  const years = await resolveViewYears(region, requestedYear);
  const { year, lqYear } = years;
  if (year === null) return null;
  const yearRows = await getClusterRanking({ region, year, type });
  const lqRows =
    lqYear === null ? [] : lqYear === year ? yearRows : await getClusterRanking({ region, year: lqYear, type });
  return { ...years, year, yearRows, lqRows };
});
