import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { FilterBar } from "@/components/ui/filter-bar";
import type { ClusterTypeFilter } from "@/lib/queries/observations-sql";
import { localName } from "@/lib/format";

/** The region, year and cluster-type choice of the overview and the clusters table. */
export async function RegionYearTypeFilterBar({
  regions,
  region,
  year,
  years,
  type,
}: {
  regions: { code: string; nameEn: string; nameEs: string }[];
  region: string;
  year: number | null;
  years: number[];
  type: ClusterTypeFilter;
}) {
  const locale = (await getLocale()) as Locale;
  const tf = await getTranslations("filters");
  const yearField =
    year === null
      ? []
      : [
          {
            name: "year",
            label: tf("year"),
            value: String(year),
            options: years.map((option) => ({ value: String(option), label: String(option) })),
          },
        ];
  return (
    <FilterBar
      fields={[
        {
          name: "region",
          label: tf("region"),
          value: region,
          options: regions.map((entry) => ({ value: entry.code, label: localName(locale, entry) })),
        },
        ...yearField,
        {
          name: "type",
          label: tf("type"),
          value: type,
          options: [
            { value: "all", label: tf("typeAll") },
            { value: "traded", label: tf("typeTraded") },
            { value: "local", label: tf("typeLocal") },
          ],
        },
      ]}
    />
  );
}
