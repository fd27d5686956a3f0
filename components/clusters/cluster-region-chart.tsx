"use client";

import { useLocale, useTranslations } from "next-intl";
import { ChartFrame } from "@/components/charts/chart-frame";
import { RankedBarChart } from "@/components/charts/ranked-bar-chart";
import { nationalAverageMark, regionLqBars } from "@/lib/charts/ranking";
import type { Locale } from "@/i18n/routing";
import { formatters, localName } from "@/lib/format";
import type { ClusterObservationView } from "@/lib/queries/cluster-detail";
import { DownloadCsvLink } from "@/components/ui/download-link";
import { exportHref } from "@/lib/export/href";

/** Location quotients of one cluster across regions, in the latest year that has them (lib/calculations/latest-lq.ts). */
export function ClusterRegionChart({
  year,
  rows,
  clusterCode,
}: {
  year: number;
  /** One row per region, highest LQ first. */
  rows: ClusterObservationView[];
  clusterCode: number;
}) {
  const locale = useLocale() as Locale;
  const t = useTranslations("cluster");
  const tc = useTranslations("chart");
  const tt = useTranslations("table");
  const format = formatters(locale);
  const name = (row: ClusterObservationView) => localName(locale, row.region);
  const sources = [
    ...new Set(rows.map((row) => `${row.source.title}${row.lqPublished ? "" : ` (${tt("lqComputed")})`}`)),
  ].join("; ");
  // The benchmark each LQ was measured against, as stored with it.
  const benchmarks = [
    ...new Set(
      rows.map((row) =>
        row.lqBenchmarkCode === "MX"
          ? t("benchmarkMX")
          : row.lqBenchmarkCode === "US"
            ? t("benchmarkUS")
            : (row.lqBenchmarkCode ?? ""),
      ),
    ),
  ].join(", ");
  return (
    <ChartFrame
      id="cluster-lq-by-region"
      title={t("lqChartTitle", { year })}
      coverage={`${year}. ${sources}. ${tt("benchmark")}: ${benchmarks}.`}
      imageName={`calibaja-cluster-${clusterCode}-lq-by-region-${year}`}
      actions={
        <DownloadCsvLink
          href={exportHref("cluster-lq-by-region", { code: clusterCode }, locale)}
          testId="cluster-lq-csv"
        />
      }
      deckItem={{ kind: "cluster", params: { code: String(clusterCode) } }}
      summary={t("lqChartSummary", {
        year,
        list: rows.map((row) => `${name(row)} ${format.lq(row.locationQuotient)}`).join(", "),
      })}
      table={
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{tt("region")}</th>
              <th scope="col" className="num">
                {tt("lq")}
              </th>
              <th scope="col" className="num">
                {tt("employment")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.regionCode}-${row.source.title}`}>
                <th scope="row">{name(row)}</th>
                <td className="num">{format.lq(row.locationQuotient)}</td>
                <td className="num">{format.jobsMarked(row)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <RankedBarChart
        axisLabel={tt("lq")}
        bars={regionLqBars(rows, locale)}
        references={[nationalAverageMark(tc("nationalAverage"))]}
      />
    </ChartFrame>
  );
}
