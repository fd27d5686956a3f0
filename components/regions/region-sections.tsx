import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { RankingTable } from "@/components/overview/ranking-table";
import { CoverageList } from "@/components/regions/coverage-list";
import { PortfolioPanel } from "@/components/regions/portfolio-panel";
import { PublishedFactsList } from "@/components/regions/published-facts-list";
import { DataAsOf, type DataYear } from "@/components/ui/data-as-of";
import { FilterBar } from "@/components/ui/filter-bar";
import { Notice } from "@/components/ui/notice";
import { concentrationRanking, rankBy } from "@/lib/calculations/ranking";
import { describeRankingCoverage } from "@/lib/coverage-line";
import { exportHref } from "@/lib/export/href";
import { formatters, shortSourceNames } from "@/lib/format";
import { getClusterRanking, type RankedCluster } from "@/lib/queries/cluster-ranking";
import { getRegionFacts } from "@/lib/queries/facts";
import { getInsuredEmployment } from "@/lib/queries/insured";
import { getRegionPortfolio } from "@/lib/queries/portfolio";
import { getCoverage } from "@/lib/queries/regions";

/**
 * The region page's sections, each an async server component in its own Suspense boundary on the
 * page. The queries they share (the ranking, the portfolio, IMSS months) are cached per request.
 */
export type RegionView = {
  code: string;
  name: string;
  country: "US" | "MX" | "BINATIONAL";
  kind: string;
  /** The region and the members whose figures the page lists with it (a side's counties or municipios). */
  memberCodes: string[];
  regionNames: Record<string, string>;
  year: number | null;
  years: number[];
  lqYear: number | null;
  y: "wage" | "change";
  min: number;
};

const yearRowsOf = (view: RegionView) =>
  view.year === null
    ? Promise.resolve([] as RankedCluster[])
    : getClusterRanking({ region: view.code, year: view.year, type: "all" });
const portfolioOf = (view: RegionView) =>
  view.lqYear === null ? Promise.resolve(null) : getRegionPortfolio(view.code, view.lqYear, view.y);

export async function RegionDataAsOf({ view }: { view: RegionView }) {
  const [yearRows, portfolio, insured] = await Promise.all([
    yearRowsOf(view),
    portfolioOf(view),
    view.country === "MX" ? getInsuredEmployment(view.code) : [],
  ]);
  const lqRows = portfolio?.rows ?? [];
  const latestInsured = insured.reduce<{ year: number; month: number } | null>(
    (latest, row) => (!latest || row.year * 12 + row.month > latest.year * 12 + latest.month ? row : latest),
    null,
  );
  const items: DataYear[] = [
    ...(view.year !== null
      ? [
          {
            measure: "employment" as const,
            year: view.year,
            source: shortSourceNames(yearRows),
            pandemic: yearRows.some((row) => row.pandemicFlag),
          },
        ]
      : []),
    ...(view.lqYear !== null ? [{ measure: "lq" as const, year: view.lqYear, source: shortSourceNames(lqRows) }] : []),
    ...(latestInsured
      ? [
          {
            measure: "insured" as const,
            year: `${latestInsured.year}-${String(latestInsured.month).padStart(2, "0")}`,
            source: "IMSS",
            pandemic: latestInsured.year === 2020 || latestInsured.year === 2021,
          },
        ]
      : []),
  ];
  return <DataAsOf items={items} />;
}

/** The year and the portfolio's vertical axis; the axis shows what the chart draws (wage when change cannot be measured). */
export async function RegionFilterBar({ view }: { view: RegionView }) {
  if (view.year === null) return null;
  const tf = await getTranslations("filters");
  const portfolio = await portfolioOf(view);
  return (
    <FilterBar
      fields={[
        {
          name: "year",
          label: tf("year"),
          value: String(view.year),
          options: view.years.map((option) => ({ value: String(option), label: String(option) })),
        },
        ...(view.lqYear !== null
          ? [
              {
                name: "y",
                label: tf("yAxis"),
                value: portfolio?.yKind ?? view.y,
                options: [
                  { value: "wage", label: tf("yWage") },
                  { value: "change", label: tf("yChange") },
                ],
              },
            ]
          : []),
      ]}
    />
  );
}

export async function PortfolioSection({ view }: { view: RegionView }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("region");
  const portfolio = await portfolioOf(view);
  if (!portfolio || view.lqYear === null) return null;
  const coverage = await describeRankingCoverage(portfolio.rows, view.name, view.lqYear);
  const benchmark =
    portfolio.rows.find((row) => row.lqBenchmarkCode)?.lqBenchmarkCode === "MX" ? t("benchmarkMX") : t("benchmarkUS");
  return (
    <>
      {portfolio.changeUnavailable ? (
        <Notice tone="warning" testId="filter-notice">
          {t("changeUnavailable")}
        </Notice>
      ) : null}
      {portfolio.points.length > 0 ? (
        <PortfolioPanel
          regionCode={view.code}
          year={view.lqYear}
          csvHref={exportHref("region-portfolio", { code: view.code, year: view.lqYear, y: portfolio.yKind }, locale)}
          rows={portfolio.points}
          leftOut={portfolio.leftOut}
          benchmark={benchmark}
          yKind={portfolio.yKind}
          yRange={portfolio.yRange}
          coverage={coverage.lq}
          notes={coverage.notes}
        />
      ) : null}
    </>
  );
}

export async function TopClustersSection({ view }: { view: RegionView }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("region");
  const format = formatters(locale);
  const [yearRows, portfolio] = await Promise.all([yearRowsOf(view), portfolioOf(view)]);
  const lqRows = portfolio?.rows ?? [];
  const [lqCoverage, employmentCoverage] = await Promise.all([
    view.lqYear === null ? null : describeRankingCoverage(lqRows, view.name, view.lqYear),
    view.year === null ? null : describeRankingCoverage(yearRows, view.name, view.year),
  ]);
  const topByLq = concentrationRanking(lqRows, 10, view.min);
  const topByJobs = rankBy(yearRows, "employment").slice(0, 10);
  const benchmark =
    lqRows.find((row) => row.lqBenchmarkCode)?.lqBenchmarkCode === "MX" ? t("benchmarkMX") : t("benchmarkUS");
  return (
    <>
      {topByLq.length > 0 ? (
        <section className="panel" aria-labelledby="top-clusters-heading" data-testid="top-clusters-lq">
          <h2 id="top-clusters-heading">{t("topClustersLq", { year: view.lqYear! })}</h2>
          <p className="panel-note">{t("topClustersLqNote", { min: format.integer(view.min), benchmark })}</p>
          <RankingTable rows={topByLq} metric="lq" />
          <p className="coverage-line">{lqCoverage?.lq}</p>
        </section>
      ) : null}
      {topByJobs.length > 0 ? (
        <section className="panel" aria-labelledby="largest-clusters-heading" data-testid="top-clusters-jobs">
          <h2 id="largest-clusters-heading">{t("topClustersJobs", { year: view.year! })}</h2>
          <RankingTable rows={topByJobs} metric="employment" />
          <p className="coverage-line">{employmentCoverage?.employment}</p>
          {(employmentCoverage?.notes ?? []).map((note) => (
            <p className="coverage-line" key={note}>
              {note}
            </p>
          ))}
        </section>
      ) : null}
    </>
  );
}

export async function CoverageAndFactsSection({ view }: { view: RegionView }) {
  const [facts, coverage] = await Promise.all([
    Promise.all(view.memberCodes.map((member) => getRegionFacts(member))).then((lists) => lists.flat()),
    getCoverage(view.memberCodes),
  ]);
  // Most of the 917 metro and micro areas have no published study figures: no empty panel for them.
  return (
    <div className={facts.length > 0 ? "two-columns" : undefined}>
      <CoverageList regionCode={view.code} entries={coverage} regionNames={view.regionNames} />
      {facts.length > 0 ? <PublishedFactsList facts={facts} regionCode={view.code} /> : null}
    </div>
  );
}
