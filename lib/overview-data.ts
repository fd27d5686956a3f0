import "server-only";
import type { OverviewFilters } from "./filters";
import { getClusterRanking } from "./queries/cluster-ranking";
import { resolveViewYears } from "./view-years";

/**
 * The rows behind the overview's charts for a set of filters, with the years resolved by the one
 * rule (lib/view-years.ts): the exports and the slides read them here, so they show what the page shows.
 */
export async function loadOverviewRows(values: OverviewFilters) {
  const { year, lqYear } = await resolveViewYears(values.region, values.year);
  if (year === null) return null;
  const yearRows = await getClusterRanking({ region: values.region, year, type: values.type });
  const lqRows = lqYear === null ? [] : lqYear === year ? yearRows : await getClusterRanking({ region: values.region, year: lqYear, type: values.type });
  return { year, lqYear, yearRows, lqRows };
}
