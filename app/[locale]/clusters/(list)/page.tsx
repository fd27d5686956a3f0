import type { Metadata } from "next";
import { sentenceName } from "@/lib/sentence-name";
import { pageMetadata } from "@/lib/page-metadata";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { Link } from "@/i18n/navigation";
import { ClustersTable } from "@/components/clusters/clusters-table";
import { Notice } from "@/components/ui/notice";
import { describeRankingCoverage } from "@/lib/coverage-line";
import { clustersFilters, dashboardRegionCodes } from "@/lib/filters";
import { getClusterRanking } from "@/lib/queries/cluster-ranking";
import { getDashboardRegions } from "@/lib/queries/regions";
import { resolvePageFilters, resolvePageYears } from "@/lib/page-filters";
import type { RawSearchParams } from "@/lib/search-params";
import { RegionYearTypeFilterBar } from "@/components/ui/view-filter-bar";
import { DataAsOf } from "@/components/ui/data-as-of";
import { localName, shortSourceNames } from "@/lib/format";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "clusters" });
  return pageMetadata(t("heading"), locale);
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
  const to = await getTranslations("overview");
  const { values, notices } = await resolvePageFilters(clustersFilters, await searchParams);
  const regions = await getDashboardRegions(dashboardRegionCodes);
  const region = regions.find((entry) => entry.code === values.region)!;
  const regionName = localName(locale, region);
  const {
    year,
    years,
    notices: yearNotices,
  } = await resolvePageYears(values.region, sentenceName(locale, region, { start: true }), values.year);
  notices.push(...yearNotices);
  const rows = year === null ? [] : await getClusterRanking({ region: values.region, year, type: values.type });
  const coverage = year === null ? null : await describeRankingCoverage(rows, regionName, year);
  const source = shortSourceNames(rows);
  return (
    <>
      <Breadcrumbs section="clusters" />
      <div className="page-heading">
        <div>
          <h1>{t("heading")}</h1>
          {year !== null ? (
            <p className="muted">{t("intro", { count: rows.length, region: sentenceName(locale, region), year })}</p>
          ) : null}
          {year !== null ? (
            <DataAsOf
              items={[{ measure: "employment", year, source, pandemic: rows.some((row) => row.pandemicFlag) }]}
            />
          ) : null}
        </div>
        <RegionYearTypeFilterBar
          regions={regions}
          region={values.region}
          year={year}
          years={years}
          type={values.type}
        />
      </div>
      {notices.map((notice) => (
        <Notice key={notice} tone="warning" testId="filter-notice">
          {notice}
        </Notice>
      ))}
      {year === null || rows.length === 0 ? (
        <Notice testId="no-data">
          {to("noMexicoData", { region: sentenceName(locale, region) })}{" "}
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
