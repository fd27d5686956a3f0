import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { Link } from "@/i18n/navigation";
import { ClustersTable } from "@/components/clusters/clusters-table";
import { FilterBar } from "@/components/ui/filter-bar";
import { Notice } from "@/components/ui/notice";
import { describeRankingCoverage } from "@/lib/coverage-line";
import { clustersFilters, dashboardRegionCodes } from "@/lib/filters";
import { getClusterRanking } from "@/lib/queries/cluster-ranking";
import { getDashboardRegions } from "@/lib/queries/regions";
import { resolvePageFilters } from "@/lib/page-filters";
import type { RawSearchParams } from "@/lib/search-params";
import { resolveViewYears } from "@/lib/view-years";
import { DataAsOf } from "@/components/ui/data-as-of";
import { localName } from "@/lib/format";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "clusters" });
  return { title: t("heading") };
}

export default async function ClustersPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<RawSearchParams>;
}) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const t = await getTranslations("clusters");
  const tf = await getTranslations("filters");
  const to = await getTranslations("overview");
  const { values, notices } = await resolvePageFilters(clustersFilters, await searchParams);
  const regions = await getDashboardRegions(dashboardRegionCodes);
  const region = regions.find((entry) => entry.code === values.region)!;
  const regionName = localName(locale, region);
  const { year, years, missingYear } = await resolveViewYears(values.region, values.year);
  if (missingYear !== null && year !== null)
    notices.push(tf("noDataYear", { region: regionName, year: missingYear, fallback: year }));
  const rows = year === null ? [] : await getClusterRanking({ region: values.region, year, type: values.type });
  const coverage = year === null ? null : await describeRankingCoverage(rows, regionName, year);
  const source = [...new Set(rows.map((row) => row.sourceTitle.split(":")[0]!))].join("; ");
  return (
    <>
      <div className="page-heading">
        <div>
          <h1>{t("heading")}</h1>
          {year !== null ? (
            <p className="muted">{t("intro", { count: rows.length, region: regionName, year })}</p>
          ) : null}
          {year !== null ? (
            <DataAsOf
              items={[{ measure: "employment", year, source, pandemic: rows.some((row) => row.pandemicFlag) }]}
            />
          ) : null}
        </div>
        <FilterBar
          fields={[
            {
              name: "region",
              label: tf("region"),
              value: values.region,
              options: regions.map((entry) => ({ value: entry.code, label: localName(locale, entry) })),
            },
            ...(year !== null
              ? [
                  {
                    name: "year",
                    label: tf("year"),
                    value: String(year),
                    options: years.map((option) => ({ value: String(option), label: String(option) })),
                  },
                ]
              : []),
            {
              name: "type",
              label: tf("type"),
              value: values.type,
              options: [
                { value: "all", label: tf("typeAll") },
                { value: "traded", label: tf("typeTraded") },
                { value: "local", label: tf("typeLocal") },
              ],
            },
          ]}
        />
      </div>
      {notices.map((notice) => (
        <Notice key={notice} tone="warning" testId="filter-notice">
          {notice}
        </Notice>
      ))}
      {year === null || rows.length === 0 ? (
        <Notice testId="no-data">
          {to("noMexicoData", { region: regionName })}{" "}
          <Link href={`/regions/${region.code}`}>{to("regionPageHint", { region: regionName })}</Link>
        </Notice>
      ) : (
        <ClustersTable rows={rows} filters={{ ...values, year }} />
      )}
      {coverage ? <p className="coverage-line">{coverage.lq}</p> : null}
      {(coverage?.notes ?? []).map((note) => (
        <p className="coverage-line" key={note}>
          {note}
        </p>
      ))}
    </>
  );
}
