import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import type { Locale } from "@/i18n/routing";
import { Link } from "@/i18n/navigation";
import { HeadlineFacts } from "@/components/overview/published-facts";
import { MegaregionPage } from "@/components/binational/megaregion-page";
import { RankingPanel } from "@/components/overview/ranking-panel";
import { ThresholdCards } from "@/components/overview/threshold-cards";
import { TopIndustries } from "@/components/overview/top-industries";
import { clusterTrendItems, TrendCards } from "@/components/overview/trend-cards";
import { DataAsOf } from "@/components/ui/data-as-of";
import { FilterBar } from "@/components/ui/filter-bar";
import { Notice } from "@/components/ui/notice";
import { concentrationRanking, rankBy } from "@/lib/calculations/ranking";
import { describeRankingCoverage } from "@/lib/coverage-line";
import { localName, formatters } from "@/lib/format";
import { dashboardRegionCodes, overviewDefaults, overviewShape, trendCardCount } from "@/lib/filters";
import { getClusterRanking, getPublishedTotal } from "@/lib/queries/cluster-ranking";
import { getHeadlineFacts, getStudyThresholdCounts } from "@/lib/queries/facts";
import { getDashboardRegions } from "@/lib/queries/regions";
import { getBinationalTopIndustries } from "@/lib/queries/top-industries";
import { getClusterSeries } from "@/lib/queries/trends";
import { makeQueryClient } from "@/lib/query-client";
import { rankingQueryKey } from "@/lib/ranking-query";
import { parseSearchParams, type RawSearchParams } from "@/lib/search-params";
import { exportHref } from "@/lib/export/href";
import { resolveViewYears } from "@/lib/view-years";

export default async function OverviewPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<RawSearchParams> }) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const t = await getTranslations("overview");
  const tf = await getTranslations("filters");
  const format = formatters(locale);
  const { values, invalid } = parseSearchParams(overviewShape, overviewDefaults, await searchParams);
  const notices = invalid.length ? [tf("invalid", { params: invalid.map((param) => `${param.name}=${param.value}`).join(", ") })] : [];
  const regions = await getDashboardRegions(dashboardRegionCodes);
  const region = regions.find((entry) => entry.code === values.region);
  if (!region) notFound();
  const regionName = localName(locale, region);
  const { year, lqYear, years, missingYear } = await resolveViewYears(region.code, values.year);
  if (missingYear !== null && year !== null) notices.push(tf("noDataYear", { region: regionName, year: missingYear, fallback: year }));

  const [facts, topIndustries, study] = await Promise.all([getHeadlineFacts(), getBinationalTopIndustries(), getStudyThresholdCounts()]);
  const filterBar = (
    <FilterBar
      fields={[
        { name: "region", label: tf("region"), value: region.code, options: regions.map((entry) => ({ value: entry.code, label: localName(locale, entry) })) },
        ...(year !== null ? [{ name: "year", label: tf("year"), value: String(year), options: years.map((option) => ({ value: String(option), label: String(option) })) }] : []),
        { name: "type", label: tf("type"), value: values.type, options: [{ value: "all", label: tf("typeAll") }, { value: "traded", label: tf("typeTraded") }, { value: "local", label: tf("typeLocal") }] },
      ]}
    />
  );

  if (region.kind === "megaregion") {
    // The mega-region has no cluster figures of its own (its sides count different measures): show both sides.
    return (
      <>
        <div className="page-heading">
          <h1>{t("heading", { region: regionName })}</h1>
          {filterBar}
        </div>
        <MegaregionPage params={{ mfg: null, plants: "mx-side", map: "plants" }} summaryOnly />
        <TopIndustries industries={topIndustries} />
      </>
    );
  }

  if (year === null) {
    return (
      <>
        <div className="page-heading">
          <h1>{t("heading", { region: regionName })}</h1>
          {filterBar}
        </div>
        {notices.map((notice) => (
          <Notice key={notice} tone="warning" testId="filter-notice">{notice}</Notice>
        ))}
        <Notice testId="no-data">
          {t("noMexicoData", { region: regionName })} <Link href={`/regions/${region.code}`}>{t("regionPageHint", { region: regionName })}</Link>
        </Notice>
        <HeadlineFacts facts={facts} />
        <TopIndustries industries={topIndustries} />
      </>
    );
  }

  const filters = { ...values, year, lqYear };
  const yearRows = await getClusterRanking({ region: region.code, year, type: values.type });
  const lqRows = lqYear === null ? [] : lqYear === year ? yearRows : await getClusterRanking({ region: region.code, year: lqYear, type: values.type });
  const [publishedTotal, employmentCoverage, lqCoverage] = await Promise.all([
    values.type === "all" ? getPublishedTotal(region.code, year) : Promise.resolve(null),
    describeRankingCoverage(yearRows, regionName, year),
    lqYear === null ? Promise.resolve(null) : describeRankingCoverage(lqRows, regionName, lqYear),
  ]);
  const largest = rankBy(yearRows, "employment").slice(0, trendCardCount);
  const series = await getClusterSeries(region.code, largest.map((row) => row.clusterCode));
  const trendSources = [...new Set(series.flatMap((entry) => entry.points.map((point) => point.sourceTitle)))];
  const mostConcentrated = concentrationRanking(lqRows, "all", values.min)[0];
  const largestCluster = largest[0];
  const sumOfClusters = yearRows.reduce((sum, row) => sum + (row.employment ?? 0), 0);
  const anyLowerBound = yearRows.some((row) => row.employmentIsLowerBound);
  const source = (rows: typeof yearRows) => [...new Set(rows.map((row) => row.sourceTitle.split(":")[0]!))].join("; ");

  const queryClient = makeQueryClient();
  queryClient.setQueryData(rankingQueryKey({ region: region.code, year, type: values.type }), yearRows);
  if (lqYear !== null) queryClient.setQueryData(rankingQueryKey({ region: region.code, year: lqYear, type: values.type }), lqRows);

  return (
    <>
      <div className="page-heading">
        <div>
          <h1>{t("heading", { region: regionName })}</h1>
          <DataAsOf
            items={[
              { measure: "employment", year, source: source(yearRows), pandemic: yearRows.some((row) => row.pandemicFlag) },
              ...(lqYear !== null ? [{ measure: "lq" as const, year: lqYear, source: source(lqRows) }] : []),
            ]}
          />
        </div>
        {filterBar}
      </div>
      {notices.map((notice) => (
        <Notice key={notice} tone="warning" testId="filter-notice">{notice}</Notice>
      ))}

      <HydrationBoundary state={dehydrate(queryClient)}>
        <section className="stat-grid" aria-label={regionName}>
          <div className="stat-card" data-testid="total-employment">
            <p className="stat-label">{t("totalEmployment")}</p>
            <p className="stat-value">{publishedTotal ? format.integer(publishedTotal.employment) : format.jobs(sumOfClusters, anyLowerBound)}</p>
            <p className="stat-note">{publishedTotal ? t("totalPublished", { year, source: publishedTotal.sourceTitle.split(":")[0]! }) : t(anyLowerBound ? "totalSumLowerBound" : "totalSum", { year })}</p>
          </div>
          <ThresholdCards filters={filters} />
          <div className="stat-card" data-testid="most-concentrated">
            <p className="stat-label">{t("mostConcentrated")}</p>
            <p className="stat-value stat-name">{mostConcentrated ? localName(locale, mostConcentrated) : "—"}</p>
            <p className="stat-note">
              {mostConcentrated
                ? t("lqValue", { value: format.lq(mostConcentrated.locationQuotient), year: lqYear!, min: format.integer(values.min) })
                : t("noLqAnyYear")}
            </p>
          </div>
          <div className="stat-card" data-testid="largest-cluster">
            <p className="stat-label">{t("largest")}</p>
            <p className="stat-value stat-name">{largestCluster ? localName(locale, largestCluster) : "—"}</p>
            <p className="stat-note">{largestCluster ? t("jobsValue", { value: format.jobs(largestCluster.employment, largestCluster.employmentIsLowerBound), year }) : ""}</p>
          </div>
        </section>
        <HeadlineFacts facts={facts} />
        <RankingPanel
          filters={filters}
          regionName={regionName}
          coverage={{ lq: { line: lqCoverage?.lq ?? "", notes: lqCoverage?.notes ?? [] }, employment: { line: employmentCoverage.employment, notes: employmentCoverage.notes } }}
          study={study}
        />
      </HydrationBoundary>
      {largest.length > 0 ? (
        <TrendCards csvHref={exportHref("trends", { region: region.code, year, type: values.type }, locale)} heading={t("trendsHeading")} items={clusterTrendItems(locale, largest, series)} coverage={`${regionName}. ${trendSources.join("; ")}.`} />
      ) : null}
      <TopIndustries industries={topIndustries} />
    </>
  );
}
