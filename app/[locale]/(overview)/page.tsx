import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { Link } from "@/i18n/navigation";
import { HeadlineFacts } from "@/components/overview/published-facts";
import { RankingPanel } from "@/components/overview/ranking-panel";
import { ThresholdCards } from "@/components/overview/threshold-cards";
import { TopIndustries } from "@/components/overview/top-industries";
import { clusterTrendItems, TrendCards } from "@/components/overview/trend-cards";
import { FilterBar } from "@/components/ui/filter-bar";
import { Notice } from "@/components/ui/notice";
import { rankBy } from "@/lib/calculations/ranking";
import { describeRankingCoverage } from "@/lib/coverage-line";
import { clusterName, formatters } from "@/lib/format";
import { getClusterRanking, getRegionTotals } from "@/lib/queries/cluster-ranking";
import { getHeadlineFacts } from "@/lib/queries/facts";
import { getBinationalTopIndustries } from "@/lib/queries/top-industries";
import { getClusterSeries } from "@/lib/queries/trends";
import { makeQueryClient } from "@/lib/query-client";
import { rankingQueryKey } from "@/lib/ranking-query";
import type { RawSearchParams } from "@/lib/search-params";
import { trendCardCount } from "@/lib/filters";
import { exportHref } from "@/lib/export/href";
import { resolveOverviewFilters } from "./overview-filters";

export default async function OverviewPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<RawSearchParams> }) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const t = await getTranslations("overview");
  const tf = await getTranslations("filters");
  const format = formatters(locale);
  const { filters, region, regions, years, notices } = await resolveOverviewFilters(await searchParams, locale);
  const regionName = locale === "es" ? region.nameEs : region.nameEn;

  const [rows, totals, facts, topIndustries] = await Promise.all([
    getClusterRanking(filters),
    getRegionTotals(filters),
    getHeadlineFacts(),
    getBinationalTopIndustries(),
  ]);
  const largest = rankBy(rows, "employment").slice(0, trendCardCount);
  const series = await getClusterSeries(filters.region, largest.map((row) => row.clusterCode));
  const coverage = await describeRankingCoverage(rows, regionName, filters.year);
  const trendSources = [...new Set(series.flatMap((entry) => entry.points.map((point) => point.sourceTitle)))];
  const mostConcentrated = rows.find((row) => row.clusterCode === totals.mostConcentratedCode);
  const largestCluster = rows.find((row) => row.clusterCode === totals.largestCode);

  const queryClient = makeQueryClient();
  queryClient.setQueryData(rankingQueryKey(filters), rows);

  return (
    <>
      <div className="page-heading">
        <h1>{t("heading", { region: regionName })}</h1>
        <FilterBar
          fields={[
            { name: "region", label: tf("region"), value: filters.region, options: regions.map((entry) => ({ value: entry.code, label: locale === "es" ? entry.nameEs : entry.nameEn })) },
            { name: "year", label: tf("year"), value: String(filters.year), options: (years.length ? years : [filters.year]).map((year) => ({ value: String(year), label: String(year) })) },
            { name: "type", label: tf("type"), value: filters.type, options: [{ value: "all", label: tf("typeAll") }, { value: "traded", label: tf("typeTraded") }, { value: "local", label: tf("typeLocal") }] },
          ]}
        />
      </div>
      {notices.map((notice) => (
        <Notice key={notice} tone="warning" testId="filter-notice">{notice}</Notice>
      ))}
      {rows.length === 0 ? (
        <Notice testId="no-data">
          {t("noMexicoData", { region: regionName })} <Link href="/methodology#import">{t("importHint")}</Link>
        </Notice>
      ) : null}

      <HydrationBoundary state={dehydrate(queryClient)}>
        {rows.length > 0 ? (
          <section className="stat-grid" aria-label={regionName}>
            <div className="stat-card" data-testid="total-employment">
              <p className="stat-label">{t("totalEmployment")}</p>
              <p className="stat-value">{format.jobs(totals.employment, totals.anyLowerBound)}</p>
              <p className="stat-note">{coverage.short}</p>
            </div>
            <ThresholdCards filters={filters} lowerBound={totals.anyLowerBound} />
            <div className="stat-card" data-testid="most-concentrated">
              <p className="stat-label">{t("mostConcentrated")}</p>
              <p className="stat-value stat-name">{mostConcentrated ? clusterName(locale, mostConcentrated) : "—"}</p>
              <p className="stat-note">{mostConcentrated ? t("lqValue", { value: format.lq(mostConcentrated.locationQuotient) }) : t("noLq", { year: filters.year })}</p>
            </div>
            <div className="stat-card" data-testid="largest-cluster">
              <p className="stat-label">{t("largest")}</p>
              <p className="stat-value stat-name">{largestCluster ? clusterName(locale, largestCluster) : "—"}</p>
              <p className="stat-note">{largestCluster ? t("jobsValue", { value: format.jobs(largestCluster.employment, largestCluster.employmentIsLowerBound) }) : ""}</p>
            </div>
          </section>
        ) : null}
        <HeadlineFacts facts={facts} />
        {rows.length > 0 ? <RankingPanel filters={filters} coverage={{ lq: coverage.lq, employment: coverage.employment }} notes={coverage.notes} /> : null}
      </HydrationBoundary>
      {largest.length > 0 ? (
        <TrendCards csvHref={exportHref("trends", { region: filters.region, year: filters.year, type: filters.type }, locale)} heading={t("trendsHeading")} items={clusterTrendItems(locale, largest, series)} coverage={`${regionName}. ${trendSources.join("; ")}.`} />
      ) : null}
      <TopIndustries industries={topIndustries} />
    </>
  );
}
