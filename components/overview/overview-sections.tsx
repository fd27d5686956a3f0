import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { HeadlineFacts } from "@/components/overview/published-facts";
import { RankingPanel } from "@/components/overview/ranking-panel";
import { ThresholdCards } from "@/components/overview/threshold-cards";
import { TopIndustries } from "@/components/overview/top-industries";
import { clusterTrendItems, TrendCards } from "@/components/overview/trend-cards";
import { DataAsOf } from "@/components/ui/data-as-of";
import { concentrationRanking, rankBy } from "@/lib/calculations/ranking";
import { describeRankingCoverage } from "@/lib/coverage-line";
import { exportHref } from "@/lib/export/href";
import { trendCardCount, type OverviewFilters } from "@/lib/filters";
import { formatters, localName, shortSourceNames } from "@/lib/format";
import { loadOverviewRows } from "@/lib/overview-data";
import { getPublishedTotal } from "@/lib/queries/cluster-ranking";
import { getHeadlineFacts, getStudyThresholdCounts } from "@/lib/queries/facts";
import { getBinationalTopIndustries } from "@/lib/queries/top-industries";
import { getClusterSeries } from "@/lib/queries/trends";

/**
 * The overview's sections, each an async server component the page wraps in its own Suspense
 * boundary: a slow query delays its panel, not the page. They read the rows through loadOverviewRows,
 * which runs the ranking query once per request however many sections ask.
 */
export type OverviewView = OverviewFilters & { year: number; lqYear: number | null };

const rowsOf = async (view: OverviewView) => (await loadOverviewRows(view))!;

export async function OverviewDataAsOf({ view }: { view: OverviewView }) {
  const { yearRows, lqRows, lqYear } = await rowsOf(view);
  return (
    <DataAsOf
      items={[
        {
          measure: "employment",
          year: view.year,
          source: shortSourceNames(yearRows),
          pandemic: yearRows.some((row) => row.pandemicFlag),
        },
        ...(lqYear !== null ? [{ measure: "lq" as const, year: lqYear, source: shortSourceNames(lqRows) }] : []),
      ]}
    />
  );
}

export async function OverviewStats({ view, regionName }: { view: OverviewView; regionName: string }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("overview");
  const format = formatters(locale);
  const [{ yearRows, lqRows, lqYear }, publishedTotal] = await Promise.all([
    rowsOf(view),
    view.type === "all" ? getPublishedTotal(view.region, view.year) : null,
  ]);
  const mostConcentrated = concentrationRanking(lqRows, "all", view.min)[0];
  const largest = rankBy(yearRows, "employment")[0];
  const sumOfClusters = yearRows.reduce((sum, row) => sum + (row.employment ?? 0), 0);
  const anyLowerBound = yearRows.some((row) => row.employmentIsLowerBound);
  return (
    <section className="stat-grid" aria-label={regionName}>
      <div className="stat-card" data-testid="total-employment">
        <p className="stat-label">{t("totalEmployment")}</p>
        <p className="stat-value">
          {publishedTotal ? format.integer(publishedTotal.employment) : format.jobs(sumOfClusters, anyLowerBound)}
        </p>
        <p className="stat-note">
          {publishedTotal
            ? t("totalPublished", { year: view.year, source: publishedTotal.sourceTitle.split(":")[0]! })
            : t(anyLowerBound ? "totalSumLowerBound" : "totalSum", { year: view.year })}
        </p>
      </div>
      <ThresholdCards rows={yearRows} year={view.year} filters={view} />
      <div className="stat-card" data-testid="most-concentrated">
        <p className="stat-label">{t("mostConcentrated")}</p>
        <p className="stat-value stat-name">{mostConcentrated ? localName(locale, mostConcentrated) : "—"}</p>
        <p className="stat-note">
          {mostConcentrated
            ? t("lqValue", {
                value: format.lq(mostConcentrated.locationQuotient),
                year: lqYear!,
                min: format.integer(view.min),
              })
            : t("noLqAnyYear")}
        </p>
      </div>
      <div className="stat-card" data-testid="largest-cluster">
        <p className="stat-label">{t("largest")}</p>
        <p className="stat-value stat-name">{largest ? localName(locale, largest) : "—"}</p>
        <p className="stat-note">
          {largest
            ? t("jobsValue", {
                value: format.jobs(largest.employment, largest.employmentIsLowerBound),
                year: view.year,
              })
            : ""}
        </p>
      </div>
    </section>
  );
}

export async function HeadlineFactsSection() {
  return <HeadlineFacts facts={await getHeadlineFacts()} />;
}

export async function RankingSection({ view, regionName }: { view: OverviewView; regionName: string }) {
  const { yearRows, lqRows, lqYear } = await rowsOf(view);
  const [study, employmentCoverage, lqCoverage] = await Promise.all([
    getStudyThresholdCounts(),
    describeRankingCoverage(yearRows, regionName, view.year),
    lqYear === null ? null : describeRankingCoverage(lqRows, regionName, lqYear),
  ]);
  return (
    <RankingPanel
      filters={view}
      yearRows={yearRows}
      lqRows={lqRows}
      regionName={regionName}
      coverage={{
        lq: { line: lqCoverage?.lq ?? "", notes: lqCoverage?.notes ?? [] },
        employment: { line: employmentCoverage.employment, notes: employmentCoverage.notes },
      }}
      study={study}
    />
  );
}

export async function TrendsSection({ view, regionName }: { view: OverviewView; regionName: string }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("overview");
  const { yearRows } = await rowsOf(view);
  const largest = rankBy(yearRows, "employment").slice(0, trendCardCount);
  if (largest.length === 0) return null;
  const series = await getClusterSeries(
    view.region,
    largest.map((row) => row.clusterCode),
  );
  const trendSources = [...new Set(series.flatMap((entry) => entry.points.map((point) => point.sourceTitle)))];
  return (
    <TrendCards
      csvHref={exportHref("trends", { region: view.region, year: view.year, type: view.type }, locale)}
      heading={t("trendsHeading")}
      items={clusterTrendItems(locale, largest, series)}
      coverage={`${regionName}. ${trendSources.join("; ")}.`}
    />
  );
}

export async function TopIndustriesSection() {
  return <TopIndustries industries={await getBinationalTopIndustries()} />;
}
