"use client";

import { useLocale, useTranslations } from "next-intl";
import { ChartFrame } from "@/components/charts/chart-frame";
import { RankedBarChart } from "@/components/charts/ranked-bar-chart";
import { countAtOrAbove, overviewChartRows } from "@/lib/calculations/ranking";
import type { OverviewFilters } from "@/lib/filter-defaults";
import { localName, formatters } from "@/lib/format";
import type { RankedCluster } from "@/lib/queries/cluster-ranking";
import type { Locale } from "@/i18n/routing";
import { chartColors } from "@/lib/charts/colors";
import { employmentBars, lqBars, nationalAverageMark, thresholdMarks } from "@/lib/charts/ranking";
import { Legend } from "@/components/charts/legend";
import { RankingTable } from "./ranking-table";
import { EmploymentViewSwitch, RankingControls } from "./ranking-controls";
import { useViewParams } from "./use-view-params";
import { DownloadCsvLink } from "@/components/ui/download-link";
import { exportHref } from "@/lib/export/href";

/** The seed article's finding, as stored among the published figures: how many of its top 20 clear each threshold. */
export type StudyCounts = {
  count1: number;
  count2: number;
  t1: number;
  t2: number;
  considered: number;
  source: string;
  year: string;
};

export type RankingPanelProps = {
  filters: OverviewFilters & { year: number; lqYear: number | null };
  /** The ranking of the year shown, and of the latest year with location quotients (the same rows when it is that year). */
  yearRows: RankedCluster[];
  lqRows: RankedCluster[];
  regionName: string;
  /** What each year's figures cover (geography, year, source, benchmark) and the notes their marks need. */
  coverage: { lq: { line: string; notes: string[] }; employment: { line: string; notes: string[] } };
  study: StudyCounts | null;
};

/**
 * The interactive island of the overview: top N, thresholds, the LQ ranking's minimum size and the
 * employment view change here without a reload (the URL is updated in place, so a copied link still
 * reproduces the view); the rows come from the server with the page, and nothing here refetches them. Both charts
 * colour bars by traded and local clusters: a colour keeps one meaning on the page.
 */
export function RankingPanel({ filters, yearRows, lqRows, regionName, coverage, study }: RankingPanelProps) {
  const locale = useLocale() as Locale;
  const t = useTranslations("overview");
  const tc = useTranslations("chart");
  const format = formatters(locale);
  const [view, update] = useViewParams(filters);

  const name = (row: RankedCluster) => localName(locale, row);
  const jobs = (row: RankedCluster) => format.jobsMarked(row);
  const { byLq, byEmployment } = overviewChartRows({
    yearRows,
    lqRows: filters.lqYear === null ? [] : lqRows,
    top: view.top,
    minJobs: view.min,
    view: view.view,
  });
  const employmentYear = view.view === "concentrated" ? (filters.lqYear ?? filters.year) : filters.year;
  const counted = view.view === "concentrated" ? byEmployment : yearRows;
  const counts = countAtOrAbove(counted, [view.t1, view.t2]);
  const lowerBound = counted.some((row) => row.employmentIsLowerBound);
  const sentenceValues = {
    lowerBound: String(lowerBound),
    count1: counts[0]!,
    count2: counts[1]!,
    t1: format.integer(view.t1),
    t2: format.integer(view.t2),
    region: regionName,
  };
  const sentence =
    view.view === "concentrated"
      ? t("thresholdSentenceConcentrated", {
          ...sentenceValues,
          considered: byEmployment.length,
          year: employmentYear,
          min: format.integer(view.min),
        })
      : t("thresholdSentenceLargest", { ...sentenceValues, considered: yearRows.length, year: employmentYear });
  const studySentence =
    view.view === "concentrated" && study
      ? t("studySentence", {
          count1: study.count1,
          count2: study.count2,
          t1: format.integer(study.t1),
          t2: format.integer(study.t2),
          considered: study.considered,
          source: study.source,
          year: study.year,
        })
      : null;
  const exportParams = {
    region: filters.region,
    year: filters.year,
    type: filters.type,
    top: view.top,
    t1: view.t1,
    t2: view.t2,
    min: view.min,
    view: view.view,
  };
  const typeLegend = [
    { label: t("legendTraded"), color: chartColors.traded },
    { label: t("legendLocal"), color: chartColors.local },
  ];
  const employmentLegend = [...typeLegend, { label: t("legendThreshold"), color: chartColors.threshold }];
  const deckParams = Object.fromEntries(Object.entries(exportParams).map(([key, value]) => [key, String(value)]));
  const controls = <RankingControls key={`${view.t1}-${view.t2}-${view.min}`} view={view} onChange={update} />;
  const lqSubtitle =
    filters.lqYear === null
      ? t("noLqAnyYear")
      : t("lqChartSubtitle", { year: filters.lqYear, min: format.integer(view.min) });

  return (
    <div className="ranking-panel" data-testid="ranking-panel">
      <ChartFrame
        id="lq-ranking"
        title={t("lqChartTitle", { year: filters.lqYear ?? "" })}
        subtitle={lqSubtitle}
        coverage={coverage.lq.line}
        notes={coverage.lq.notes}
        controls={controls}
        summary={
          byLq.length
            ? tc("summaryLq", {
                count: byLq.length,
                first: name(byLq[0]!),
                firstValue: format.lq(byLq[0]!.locationQuotient),
                above: byLq.filter((row) => row.locationQuotient! > 1).length,
              })
            : t("noLqAnyYear")
        }
        table={<RankingTable rows={byLq} metric="lq" thresholds={[view.t1, view.t2]} />}
        actions={<DownloadCsvLink href={exportHref("clusters-by-lq", exportParams, locale)} testId="lq-ranking-csv" />}
        imageName={byLq.length ? `calibaja-${filters.region}-${filters.lqYear}-clusters-by-lq` : undefined}
        legend={typeLegend}
        deckItem={{ kind: "lq", params: deckParams }}
      >
        {byLq.length ? (
          <>
            <RankedBarChart
              axisLabel={t("lqAxis")}
              bars={lqBars(byLq, locale)}
              references={[nationalAverageMark(tc("nationalAverage"))]}
            />
            <Legend items={typeLegend} />
          </>
        ) : (
          <p className="notice">{t("noLqAnyYear")}</p>
        )}
      </ChartFrame>

      <ChartFrame
        id="employment-ranking"
        title={t("employmentChartTitle", { year: employmentYear })}
        subtitle={
          view.view === "concentrated"
            ? t("employmentChartSubtitleConcentrated", {
                n: byLq.length,
                year: employmentYear,
                min: format.integer(view.min),
              })
            : t("employmentChartSubtitleLargest", { year: employmentYear })
        }
        coverage={view.view === "concentrated" ? coverage.lq.line : coverage.employment.line}
        notes={view.view === "concentrated" ? coverage.lq.notes : coverage.employment.notes}
        controls={<EmploymentViewSwitch view={view} onChange={update} />}
        summary={
          byEmployment.length
            ? `${tc("summaryEmployment", { count: byEmployment.length, first: name(byEmployment[0]!), firstValue: jobs(byEmployment[0]!) })} ${sentence}`
            : tc("empty")
        }
        table={<RankingTable rows={byEmployment} metric="employment" thresholds={[view.t1, view.t2]} />}
        actions={
          <DownloadCsvLink
            href={exportHref("clusters-by-employment", exportParams, locale)}
            testId="employment-ranking-csv"
          />
        }
        imageName={`calibaja-${filters.region}-${employmentYear}-clusters-by-employment`}
        legend={employmentLegend}
        deckItem={{ kind: "employment", params: deckParams }}
        footer={
          <>
            <p className="threshold-sentence" data-testid="threshold-sentence">
              {sentence}
            </p>
            {studySentence ? (
              <p className="coverage-line" data-testid="study-sentence">
                {studySentence}
              </p>
            ) : null}
          </>
        }
      >
        <RankedBarChart
          axisLabel={t("jobsAxis")}
          bars={employmentBars(byEmployment, locale)}
          references={thresholdMarks(view.t1, view.t2, locale, (value) => tc("threshold", { value }))}
        />
        <Legend items={employmentLegend} />
      </ChartFrame>
    </div>
  );
}
