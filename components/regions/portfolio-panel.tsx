"use client";

import { useLocale, useTranslations } from "next-intl";
import { ChartFrame } from "@/components/charts/chart-frame";
import type { Locale } from "@/i18n/routing";
import { localName, formatters } from "@/lib/format";
import { PortfolioBubbleChart, type Bubble } from "./portfolio-bubble-chart";
import { DownloadCsvLink } from "@/components/ui/download-link";
import { Legend } from "@/components/charts/legend";
import { chartColors } from "@/lib/charts/colors";

export type PortfolioRow = {
  clusterCode: number;
  nameEn: string;
  nameEs: string;
  clusterType: "traded" | "local";
  locationQuotient: number;
  employment: number;
  y: number;
};

export type LeftOutRow = {
  clusterCode: number;
  nameEn: string;
  nameEs: string;
  reason: "noJobs" | "noWage" | "noChange" | "otherSpan";
};

export function PortfolioPanel({
  rows,
  leftOut,
  benchmark,
  yKind,
  yRange,
  coverage,
  notes,
  csvHref,
  regionCode,
  year,
}: {
  rows: PortfolioRow[];
  leftOut: LeftOutRow[];
  benchmark: string;
  yKind: "wage" | "change";
  yRange: { from: number; to: number } | null;
  coverage: string;
  notes: string[];
  csvHref: string;
  regionCode: string;
  year: number;
}) {
  const locale = useLocale() as Locale;
  const t = useTranslations("region");
  const tt = useTranslations("table");
  const format = formatters(locale);
  const yLabel =
    yKind === "wage" ? t("yWageAxis") : t("yChangeAxis", { from: yRange?.from ?? "", to: yRange?.to ?? "" });
  const formatY = (value: number) => (yKind === "wage" ? format.usd(value) : format.percent(value));
  const to = useTranslations("overview");
  const legend = [
    { label: to("legendTraded"), color: chartColors.traded },
    { label: to("legendLocal"), color: chartColors.local },
  ];
  const bubbles: Bubble[] = rows.map((row) => ({
    key: String(row.clusterCode),
    label: localName(locale, row),
    x: row.locationQuotient,
    y: row.y,
    size: row.employment,
    traded: row.clusterType === "traded",
    tooltip: `${localName(locale, row)} — LQ ${format.lq(row.locationQuotient)}, ${format.integer(row.employment)} ${tt("employment").toLowerCase()}, ${formatY(row.y)}`,
  }));
  return (
    <ChartFrame
      id="portfolio"
      title={t("portfolio", { year })}
      subtitle={t("portfolioSubtitle", { y: yLabel, benchmark })}
      coverage={coverage}
      notes={notes}
      actions={<DownloadCsvLink href={csvHref} testId="portfolio-csv" />}
      imageName={`calibaja-${regionCode}-${year}-cluster-portfolio`}
      legend={legend}
      deckItem={{ kind: "portfolio", params: { code: regionCode, year: String(year), y: yKind } }}
      summary={t("bubbleSummary", { count: rows.length, above: rows.filter((row) => row.locationQuotient > 1).length })}
      table={
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{tt("cluster")}</th>
              <th scope="col" className="num">
                {tt("lq")}
              </th>
              <th scope="col" className="num">
                {yLabel}
              </th>
              <th scope="col" className="num">
                {tt("employment")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.clusterCode}>
                <th scope="row">{localName(locale, row)}</th>
                <td className="num">{format.lq(row.locationQuotient)}</td>
                <td className="num">{formatY(row.y)}</td>
                <td className="num">{format.integer(row.employment)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <PortfolioBubbleChart
        bubbles={bubbles}
        xLabel={t("xAxis")}
        yLabel={yLabel}
        yFormat={(value) => (yKind === "wage" ? format.compact(value) : format.percent(value))}
      />
      <Legend items={legend} />
      {leftOut.length > 0 ? (
        <div className="left-out" data-testid="portfolio-left-out">
          <p className="panel-note">{t("leftOutHeading", { count: leftOut.length })}</p>
          <ul>
            {(["noJobs", "noWage", "noChange", "otherSpan"] as const).map((reason) => {
              const names = leftOut.filter((row) => row.reason === reason).map((row) => localName(locale, row));
              return names.length > 0 ? (
                <li key={reason} data-reason={reason}>
                  {t(`leftOut.${reason}`, { from: yRange?.from ?? "", to: yRange?.to ?? "" })}: {names.join(", ")}
                </li>
              ) : null;
            })}
          </ul>
        </div>
      ) : null}
    </ChartFrame>
  );
}
