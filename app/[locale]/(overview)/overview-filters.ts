import "server-only";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import type { Locale } from "@/i18n/routing";
import { dashboardRegionCodes, overviewDefaults, overviewShape, type OverviewFilters } from "@/lib/filters";
import { getClusterYears, getRegions } from "@/lib/queries/regions";
import { parseSearchParams, resolveYear, type RawSearchParams } from "@/lib/search-params";

/**
 * The overview's filters from the URL, checked against what the database holds: an invalid value
 * or a year without data falls back to a default and says so (never an error page).
 */
export async function resolveOverviewFilters(raw: RawSearchParams, locale: Locale) {
  const t = await getTranslations({ locale, namespace: "filters" });
  const { values, invalid } = parseSearchParams(overviewShape, overviewDefaults, raw);
  const notices = invalid.length ? [t("invalid", { params: invalid.map((param) => `${param.name}=${param.value}`).join(", ") })] : [];
  const allRegions = await getRegions();
  const regions = allRegions.filter((region) => dashboardRegionCodes.includes(region.code));
  const region = regions.find((entry) => entry.code === values.region);
  if (!region) notFound();
  const years = await getClusterYears(values.region);
  const { year, fellBack } = resolveYear(years, values.year, overviewDefaults.year);
  if (fellBack) notices.push(t("noDataYear", { region: locale === "es" ? region.nameEs : region.nameEn, year: values.year, fallback: year }));
  const filters: OverviewFilters = { ...values, year };
  return { filters, region, regions, years, notices };
}
