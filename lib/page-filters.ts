import "server-only";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { parseFilters, type FilterSchema, type FilterValues, type RawSearchParams } from "./search-params";
import { resolveViewYears } from "./view-years";

const shorten = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);

/**
 * The one way a page reads its filters: the route's schema, and for every value it could not use a
 * notice in the page's language naming the parameter (the page shows the default view, never an error).
 */
export async function resolvePageFilters<S extends Record<string, z.ZodType>>(
  schema: FilterSchema<S>,
  raw: RawSearchParams,
): Promise<{ values: FilterValues<S>; notices: string[] }> {
  const { values, invalid } = parseFilters(schema, raw);
  if (invalid.length === 0) return { values, notices: [] };
  const tf = await getTranslations("filters");
  return {
    values,
    // Shown back shortened: a notice names the value, it does not echo a long input.
    notices: [tf("invalid", { params: invalid.map((param) => `${param.name}=${shorten(param.value)}`).join(", ") })],
  };
}

/**
 * The years a region's page shows (the one rule of lib/view-years.ts), with a notice in the page's
 * language when the year asked for has no data and the latest year is shown instead.
 */
export async function resolvePageYears(regionCode: string, regionName: string, requested: number | null) {
  const years = await resolveViewYears(regionCode, requested);
  if (years.missingYear === null || years.year === null) return { ...years, notices: [] as string[] };
  const tf = await getTranslations("filters");
  return {
    ...years,
    notices: [tf("noDataYear", { region: regionName, year: years.missingYear, fallback: years.year })],
  };
}
