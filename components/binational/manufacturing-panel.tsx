"use client";

import { useLocale, useTranslations } from "next-intl";
import { ChartFrame } from "@/components/charts/chart-frame";
import { Legend } from "@/components/charts/legend";
import { RankedBarChart } from "@/components/charts/ranked-bar-chart";
import { DownloadCsvLink } from "@/components/ui/download-link";
import type { Locale } from "@/i18n/routing";
import { manufacturingBars } from "@/lib/charts/binational";
import { sideColors } from "@/lib/charts/colors";
import { exportHref } from "@/lib/export/href";
import { formatMonth, formatters, localName } from "@/lib/format";
import type { ManufacturingBar } from "@/lib/queries/binational";

/**
 * Manufacturing on both sides for one reference period: each county's CBP employees and each
 * municipio's IMSS permanent workers, one bar each, every bar naming its measure. Two measures side
 * by side, never added together; the chart says so.
 */
export function ManufacturingPanel({
  bars,
  year,
  years,
  coverage,
}: {
  bars: ManufacturingBar[];
  year: number;
  years: number[];
  coverage: string;
}) {
  const locale = useLocale() as Locale;
  const t = useTranslations("binational");
  const tt = useTranslations("table");
  const format = formatters(locale);
  const month = formatMonth(locale, year, 2, "short");
  const measure = (bar: ManufacturingBar) => t(`measure.${bar.measure}`, { month });
  const chartBars = manufacturingBars(bars, locale, measure);
  const legend = [
    { label: t("legendUs"), color: sideColors.US },
    { label: t("legendMx"), color: sideColors.MX },
  ];
  const tijuana = bars.find((bar) => bar.side === "MX" && bar.value !== null);
  return (
    <ChartFrame
      id="manufacturing-both-sides"
      title={t("manufacturingTitle", { month })}
      subtitle={t("manufacturingSubtitle")}
      coverage={coverage}
      notes={[t("neverSummed"), ...(years.length === 1 ? [t("onlyPeriod", { month })] : [])]}
      summary={t("manufacturingSummary", {
        count: chartBars.length,
        first: tijuana ? `${localName(locale, tijuana)} ${format.integer(tijuana.value)}` : "—",
      })}
      actions={
        <DownloadCsvLink href={exportHref("manufacturing-both-sides", { year }, locale)} testId="manufacturing-csv" />
      }
      imageName={`calibaja-manufacturing-both-sides-${year}-03`}
      legend={legend}
      deckItem={{ kind: "manufacturing", params: { year: String(year) } }}
      table={
        <table className="data-table" data-testid="manufacturing-rows">
          <thead>
            <tr>
              <th scope="col">{tt("region")}</th>
              <th scope="col">{t("measureColumn")}</th>
              <th scope="col" className="num">
                {t("valueColumn")}
              </th>
              <th scope="col">{t("sourceColumn")}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.regionCode} data-region={bar.regionCode}>
                <th scope="row">{localName(locale, bar)}</th>
                <td>{measure(bar)}</td>
                <td className="num" data-value={bar.value ?? ""}>
                  {format.jobs(bar.value, bar.lowerBound)}
                </td>
                <td>{bar.sourceTitle}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <RankedBarChart axisLabel={t("peopleAxis")} bars={chartBars} references={[]} />
      <Legend items={legend} />
    </ChartFrame>
  );
}
