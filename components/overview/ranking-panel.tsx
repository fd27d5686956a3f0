"use client";

import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { ChartFrame } from "@/components/charts/chart-frame";
import { RankedBarChart } from "@/components/charts/ranked-bar-chart";
import { countAtOrAbove, overviewChartRows } from "@/lib/calculations/ranking";
import type { OverviewFilters } from "@/lib/filters";
import { clusterName, formatters } from "@/lib/format";
import type { RankedCluster } from "@/lib/queries/cluster-ranking";
import { fetchRanking, rankingQueryKey } from "@/lib/ranking-query";
import type { Locale } from "@/i18n/routing";
import { chartColors } from "./chart-colors";
import { Legend } from "@/components/charts/legend";
import { RankingTable } from "./ranking-table";
import { RankingControls } from "./ranking-controls";
import { useViewParams } from "./use-view-params";
import { DownloadCsvLink } from "@/components/ui/download-link";
import { exportHref } from "@/lib/export/href";

export type RankingPanelProps = { filters: OverviewFilters; coverage: { lq: string; employment: string }; notes: string[] };

/**
 * The interactive island of the overview: top N and thresholds change here without a reload
 * (the URL is updated in place, so a copied link still reproduces the view); the data comes from
 * the server's prefetch through React Query.
 */
export function RankingPanel({ filters, coverage, notes }: RankingPanelProps) {
  const locale = useLocale() as Locale;
  const t = useTranslations("overview");
  const tc = useTranslations("chart");
  const format = formatters(locale);
  const [view, update] = useViewParams(filters);
  const { data: rows = [] } = useQuery({ queryKey: rankingQueryKey(filters), queryFn: () => fetchRanking(filters) });

  const name = (row: RankedCluster) => clusterName(locale, row);
  const jobs = (row: RankedCluster) => `${format.jobs(row.employment, row.employmentIsLowerBound)}${row.employmentReported !== null && row.employment !== row.employmentReported && !row.employmentIsLowerBound ? "*" : ""}`;
  const { hasLq, byLq, byEmployment: employmentRows } = overviewChartRows(rows, view.top);
  const summary = { considered: employmentRows.length, counts: countAtOrAbove(employmentRows, [view.t1, view.t2]) };
  const sentence = t(hasLq ? "thresholdSentence" : "thresholdSentenceLargest", {
    considered: summary.considered,
    count1: summary.counts[0]!,
    count2: summary.counts[1]!,
    t1: format.integer(view.t1),
    t2: format.integer(view.t2),
  });
  const barColor = (row: RankedCluster) =>
    (row.employment ?? 0) >= view.t2 ? chartColors.clearsHigher : (row.employment ?? 0) >= view.t1 ? chartColors.clearsLower : chartColors.below;
  const exportParams = { region: filters.region, year: filters.year, type: filters.type, top: view.top, t1: view.t1, t2: view.t2 };
  const lqLegend = [
    { label: t("legendTraded"), color: chartColors.traded },
    { label: t("legendLocal"), color: chartColors.local },
  ];
  const employmentLegend = [
    { label: t("legendClearsT2", { t2: format.integer(view.t2) }), color: chartColors.clearsHigher },
    { label: t("legendClearsT1", { t1: format.integer(view.t1) }), color: chartColors.clearsLower },
    { label: t("legendBelow", { t1: format.integer(view.t1) }), color: chartColors.below },
  ];
  const deckParams = Object.fromEntries(Object.entries(exportParams).map(([name, value]) => [name, String(value)]));
  const imageBase = `calibaja-${filters.region}-${filters.year}`;
  const controls = <RankingControls key={`${view.t1}-${view.t2}`} top={view.top} t1={view.t1} t2={view.t2} onChange={update} />;

  return (
    <div className="ranking-panel" data-testid="ranking-panel">
      <ChartFrame
        id="lq-ranking"
        title={t("lqChartTitle")}
        subtitle={t("lqChartSubtitle")}
        coverage={coverage.lq}
        notes={notes}
        controls={controls}
        summary={
          byLq.length
            ? tc("summaryLq", { count: byLq.length, first: name(byLq[0]!), firstValue: format.lq(byLq[0]!.locationQuotient), above: byLq.filter((row) => row.locationQuotient! > 1).length })
            : t("noLq", { year: filters.year })
        }
        table={<RankingTable rows={byLq} metric="lq" thresholds={[view.t1, view.t2]} />}
        actions={<DownloadCsvLink href={exportHref("clusters-by-lq", exportParams, locale)} testId="lq-ranking-csv" />}
        imageName={byLq.length ? `${imageBase}-clusters-by-lq` : undefined}
        legend={lqLegend}
        deckItem={{ kind: "lq", params: deckParams }}
      >
        {byLq.length ? (
          <>
            <RankedBarChart
              axisLabel={t("lqAxis")}
              bars={byLq.map((row) => ({ key: String(row.clusterCode), label: name(row), value: row.locationQuotient!, valueLabel: format.lq(row.locationQuotient), color: row.clusterType === "traded" ? chartColors.traded : chartColors.local }))}
              references={[{ value: 1, label: tc("nationalAverage"), color: chartColors.reference }]}
            />
            <Legend items={lqLegend} />
          </>
        ) : (
          <p className="notice">{t("noLq", { year: filters.year })}</p>
        )}
      </ChartFrame>

      <ChartFrame
        id="employment-ranking"
        title={t("employmentChartTitle")}
        subtitle={hasLq ? t("employmentChartSubtitleConcentrated", { n: byLq.length }) : t("employmentChartSubtitleLargest")}
        coverage={coverage.employment}
        notes={notes}
        summary={employmentRows.length ? `${tc("summaryEmployment", { count: employmentRows.length, first: name(employmentRows[0]!), firstValue: jobs(employmentRows[0]!) })} ${sentence}` : tc("empty")}
        table={<RankingTable rows={employmentRows} metric="employment" thresholds={[view.t1, view.t2]} />}
        actions={<DownloadCsvLink href={exportHref("clusters-by-employment", exportParams, locale)} testId="employment-ranking-csv" />}
        imageName={`${imageBase}-clusters-by-employment`}
        legend={employmentLegend}
        deckItem={{ kind: "employment", params: deckParams }}
        footer={<p className="threshold-sentence" data-testid="threshold-sentence">{sentence}</p>}
      >
        <RankedBarChart
          axisLabel={t("jobsAxis")}
          bars={employmentRows.map((row) => ({ key: String(row.clusterCode), label: name(row), value: row.employment ?? 0, valueLabel: jobs(row), color: barColor(row) }))}
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
