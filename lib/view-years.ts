import "server-only";
import { getClusterYears, getLqYears } from "./queries/regions";

export type ViewYears = {
  /** The year shown for employment: the one asked for, or the latest the region has data for. */
  year: number | null;
  /** The year shown for location quotients: the same year where it has LQs, else the latest year that has them. */
  lqYear: number | null;
  years: number[];
  lqYears: number[];
  /** A year asked for that the region has no data for (the page says so and shows the latest). */
  missingYear: number | null;
};

/**
 * The one rule for which year a view shows, used by every page, export and slide: no year is written
 * into the code. A year in the URL is kept where the region has data for it; otherwise the latest
 * year is shown. Location quotients need a benchmark that only some years have (CMP 2016), so the
 * concentration views show the latest year that has them, and say which year that is.
 */
export async function resolveViewYears(regionCode: string, requested: number | null): Promise<ViewYears> {
  const [years, lqYears] = await Promise.all([getClusterYears(regionCode), getLqYears(regionCode)]);
  const year = requested !== null && years.includes(requested) ? requested : (years.at(-1) ?? null);
  const lqYear = year !== null && lqYears.includes(year) ? year : (lqYears.at(-1) ?? null);
  return {
    year,
    lqYear,
    years,
    lqYears,
    missingYear: requested !== null && !years.includes(requested) ? requested : null,
  };
}
