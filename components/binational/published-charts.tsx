"use client";

import { useLocale, useTranslations } from "next-intl";
import { ChartFrame } from "@/components/charts/chart-frame";
import { RankedBarChart } from "@/components/charts/ranked-bar-chart";
import { DownloadCsvLink } from "@/components/ui/download-link";
import type { Locale } from "@/i18n/routing";
import { publishedBars, type PublishedChartFact } from "@/lib/charts/published";
import { chartColors } from "@/lib/charts/colors";
import { exportHref } from "@/lib/export/href";

/**
 * A study's figures as a chart, never mixed with another study's: Jobs Without Borders' location
 * quotients against the U.S. and Mexico combined ("≥" where the study gives a lower bound), or the
 * competitiveness study's top clusters by output.
 */
export function PublishedChart({ chart, facts }: { chart: "lq" | "output"; facts: PublishedChartFact[] }) {
  const locale = useLocale() as Locale;
  const t = useTranslations("binational");
  const tc = useTranslations("chart");
  const tt = useTranslations("table");
  const bars = publishedBars(chart, facts, locale);
  if (bars.length === 0) return null;
  const study = facts[0]!;
  const coverage = t("publishedCoverage", {
    study: study.study ?? study.sourceTitle,
    reportedIn: study.sourceTitle,
    year: study.yearAsStated,
    benchmark: study.benchmark ?? t("benchmarkNone"),
  });
  return (
    <ChartFrame
      id={`published-${chart}`}
      title={t(`published.${chart}Title`, { year: study.yearAsStated })}
      subtitle={t(`published.${chart}Subtitle`)}
      coverage={coverage}
      notes={chart === "lq" ? [t("published.lowerBoundNote")] : []}
      summary={bars.map((bar) => `${bar.label} ${bar.valueLabel}`).join("; ")}
      actions={
        <DownloadCsvLink href={exportHref("published-charts", { chart }, locale)} testId={`published-${chart}-csv`} />
      }
      imageName={`calibaja-published-${chart}`}
      deckItem={{ kind: "published", params: { chart } }}
      table={
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("industryColumn")}</th>
              <th scope="col" className="num">
                {chart === "lq" ? tt("lq") : t("outputColumn")}
              </th>
              <th scope="col">{t("yearColumn")}</th>
            </tr>
          </thead>
          <tbody>
            {facts.map((fact, index) => (
              <tr key={fact.key}>
                <th scope="row" lang="en">
                  {fact.scope}
                </th>
                <td className="num">{bars[index]?.valueLabel}</td>
                <td>{fact.yearAsStated}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <RankedBarChart
        axisLabel={chart === "lq" ? t("published.lqAxis") : t("published.outputAxis")}
        bars={bars}
        references={chart === "lq" ? [{ value: 1, label: tc("nationalAverage"), color: chartColors.reference }] : []}
      />
    </ChartFrame>
  );
}
