"use client";

import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { ChartFrame } from "@/components/charts/chart-frame";
import { RankedBarChart } from "@/components/charts/ranked-bar-chart";
import { countAtOrAbove, overviewChartRows } from "@/lib/calculations/ranking";
import type { OverviewFilters } from "@/lib/filters";
import { localName, formatters } from "@/lib/format";
import type { RankedCluster } from "@/lib/queries/cluster-ranking";
import { fetchRanking, rankingQueryKey } from "@/lib/ranking-query";
import type { Locale } from "@/i18n/routing";
import { chartColors } from "@/lib/charts/colors";
import { Legend } from "@/components/charts/legend";
import { RankingTable } from "./ranking-table";
import { EmploymentViewSwitch, RankingControls } from "./ranking-controls";
import { useViewParams } from "./use-view-params";
import { DownloadCsvLink } from "@/components/ui/download-link";
import { exportHref } from "@/lib/export/href";

/** The seed article's finding, as stored among the published figures: how many of its top 20 clear each threshold. */
export type StudyCounts = { count1: number; count2: number; t1: number; t2: number; considered: number; source: string; year: string };

export type RankingPanelProps = {
  filters: OverviewFilters & { year: number; lqYear: number | null };
  regionName: string;
  /** What each year's figures cover (geography, year, source, benchmark) and the notes their marks need. */
  coverage: { lq: { line: string; notes: string[] }; employment: { line: string; notes: string[] } };
  study: StudyCounts | null;
};

/**
 * The interactive island of the overview: top N, thresholds, the LQ ranking's minimum size and the
 * employment view change here without a reload (the URL is updated in place, so a copied link still
 * reproduces the view); the data comes from the server's prefetch through React Query. Both charts
 * colour bars by traded and local clusters: a colour keeps one meaning on the page.
 */
export function RankingPanel({ filters, regionName, coverage, study }: RankingPanelProps) {
  const locale = useLocale() as Locale;
  const t = useTranslations("overview");
  const tc = useTranslations("chart");
  const format = formatters(locale);
  const [view, update] = useViewParams(filters);
  const lqFilters = { region: filters.region, year: filters.lqYear ?? filters.year, type: filters.type };
  const { data: yearRows = [] } = useQuery({ queryKey: rankingQueryKey(filters), queryFn: () => fetchRanking(filters) });
  const { data: lqRows = [] } = useQuery({ queryKey: rankingQueryKey(lqFilters), queryFn: () => fetchRanking(lqFilters), enabled: filters.lqYear !== null });

  const name = (row: RankedCluster) => localName(locale, row);
  const jobs = (row: RankedCluster) => format.jobsMarked(row);
  const { byLq, byEmployment } = overviewChartRows({ yearRows, lqRows: filters.lqYear === null ? [] : lqRows, top: view.top, minJobs: view.min, view: view.view });
  const employmentYear = view.view === "concentrated" ? (filters.lqYear ?? filters.year) : filters.year;
  const counted = view.view === "concentrated" ? byEmployment : yearRows;
  const counts = countAtOrAbove(counted, [view.t1, view.t2]);
  const lowerBound = counted.some((row) => row.employmentIsLowerBound);
  const sentenceValues = { lowerBound: String(lowerBound), count1: counts[0]!, count2: counts[1]!, t1: format.integer(view.t1), t2: format.integer(view.t2), region: regionName };
  const sentence =
    view.view === "concentrated"
      ? t("thresholdSentenceConcentrated", { ...sentenceValues, considered: byEmployment.length, year: employmentYear, min: format.integer(view.min) })
      : t("thresholdSentenceLargest", { ...sentenceValues, considered: yearRows.length, year: employmentYear });
  const studySentence =
    view.view === "concentrated" && study
      ? t("studySentence", { count1: study.count1, count2: study.count2, t1: format.integer(study.t1), t2: format.integer(study.t2), considered: study.considered, source: study.source, year: study.year })
      : null;
  const typeColor = (row: RankedCluster) => (row.clusterType === "traded" ? chartColors.traded : chartColors.local);
  const exportParams = { region: filters.region, year: filters.year, type: filters.type, top: view.top, t1: view.t1, t2: view.t2, min: view.min, view: view.view };
  const typeLegend = [
    { label: t("legendTraded"), color: chartColors.traded },
    { label: t("legendLocal"), color: chartColors.local },
  ];
  const employmentLegend = [...typeLegend, { label: t("legendThreshold"), color: chartColors.threshold }];
  const deckParams = Object.fromEntries(Object.entries(exportParams).map(([key, value]) => [key, String(value)]));
  const controls = <RankingControls key={`${view.t1}-${view.t2}-${view.min}`} view={view} onChange={update} />;
  const lqSubtitle = filters.lqYear === null ? t("noLqAnyYear") : t("lqChartSubtitle", { year: filters.lqYear, min: format.integer(view.min) });

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
            ? tc("summaryLq", { count: byLq.length, first: name(byLq[0]!), firstValue: format.lq(byLq[0]!.locationQuotient), above: byLq.filter((row) => row.locationQuotient! > 1).length })
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
              bars={byLq.map((row) => ({ key: String(row.clusterCode), label: name(row), value: row.locationQuotient!, valueLabel: format.lq(row.locationQuotient), color: typeColor(row) }))}
              references={[{ value: 1, label: tc("nationalAverage"), color: chartColors.reference }]}
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
        subtitle={view.view === "concentrated" ? t("employmentChartSubtitleConcentrated", { n: byLq.length, year: employmentYear, min: format.integer(view.min) }) : t("employmentChartSubtitleLargest", { year: employmentYear })}
        coverage={view.view === "concentrated" ? coverage.lq.line : coverage.employment.line}
        notes={view.view === "concentrated" ? coverage.lq.notes : coverage.employment.notes}
        controls={<EmploymentViewSwitch view={view} onChange={update} />}
        summary={byEmployment.length ? `${tc("summaryEmployment", { count: byEmployment.length, first: name(byEmployment[0]!), firstValue: jobs(byEmployment[0]!) })} ${sentence}` : tc("empty")}
        table={<RankingTable rows={byEmployment} metric="employment" thresholds={[view.t1, view.t2]} />}
        actions={<DownloadCsvLink href={exportHref("clusters-by-employment", exportParams, locale)} testId="employment-ranking-csv" />}
        imageName={`calibaja-${filters.region}-${employmentYear}-clusters-by-employment`}
        legend={employmentLegend}
        deckItem={{ kind: "employment", params: deckParams }}
        footer={
          <>
            <p className="threshold-sentence" data-testid="threshold-sentence">{sentence}</p>
            {studySentence ? <p className="coverage-line" data-testid="study-sentence">{studySentence}</p> : null}
          </>
        }
      >
        <RankedBarChart
          axisLabel={t("jobsAxis")}
          bars={byEmployment.map((row) => ({ key: String(row.clusterCode), label: name(row), value: row.employment ?? 0, valueLabel: jobs(row), color: typeColor(row) }))}
          references={[
            { value: view.t1, label: tc("threshold", { value: format.integer(view.t1) }), color: chartColors.threshold, labelPosition: "insideBottom" },
            { value: view.t2, label: tc("threshold", { value: format.integer(view.t2) }), color: chartColors.threshold },
          ]}
        />
        <Legend items={employmentLegend} />
      </ChartFrame>
    </div>
  );
}
