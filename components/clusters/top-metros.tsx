"use client";

import { useLocale, useTranslations } from "next-intl";
import { ChartFrame } from "@/components/charts/chart-frame";
import { Legend } from "@/components/charts/legend";
import { RankedBarChart } from "@/components/charts/ranked-bar-chart";
import { DownloadCsvLink } from "@/components/ui/download-link";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { chartColors, highlightColor } from "@/lib/charts/colors";
import { caliBajaMetroCodes, highlightedRegionCodes } from "@/lib/calculations/compare";
import { exportHref } from "@/lib/export/href";
import { chartRegionLabel, localName, formatters } from "@/lib/format";
import type { TopRegionRow } from "@/lib/queries/compare";

/**
 * National context for one cluster: the top U.S. metropolitan areas by jobs and by location quotient,
 * with San Diego and El Centro shown wherever they rank (a gap in the ranks says where they sit), and
 * one click to the same cluster among the border or California metros.
 */
export function TopMetros({
  clusterCode,
  clusterLabel,
  year,
  byEmployment,
  byLq,
  source,
  minJobs,
}: {
  clusterCode: number;
  clusterLabel: string;
  year: number;
  byEmployment: TopRegionRow[];
  byLq: TopRegionRow[];
  source: string;
  minJobs: number;
}) {
  const locale = useLocale() as Locale;
  const t = useTranslations("cluster");
  const tc = useTranslations("chart");
  const format = formatters(locale);
  const legend = [
    { label: t("topMetrosHome"), color: highlightColor },
    { label: t("topMetrosOther"), color: chartColors.traded },
  ];
  const frame = (by: "employment" | "lq", rows: TopRegionRow[]) => {
    const value = (row: TopRegionRow) => (by === "employment" ? row.employment! : row.locationQuotient!);
    const valueLabel = (row: TopRegionRow) =>
      by === "employment"
        ? format.jobsMarked({ ...row, employmentIsLowerBound: false })
        : format.lq(row.locationQuotient);
    const label = (row: TopRegionRow) =>
      `${format.integer(row.rankAmongMetros)}. ${chartRegionLabel(localName(locale, row))}`;
    const missingHome = caliBajaMetroCodes.filter((code) => !rows.some((row) => row.regionCode === code));
    const title = t(by === "employment" ? "topMetrosJobsTitle" : "topMetrosLqTitle", { year });
    const ranked = rows[0]?.rankedMetros ?? 0;
    return (
      <ChartFrame
        id={`top-metros-${by}`}
        title={title}
        subtitle={
          by === "employment"
            ? t("topMetrosJobsSubtitle", { count: ranked })
            : t("topMetrosLqSubtitle", { count: ranked, min: format.integer(minJobs) })
        }
        coverage={t("topMetrosCoverage", { year, source })}
        notes={
          missingHome.length
            ? [t(by === "employment" ? "topMetrosNoJobs" : "topMetrosNoLq", { min: format.integer(minJobs) })]
            : []
        }
        summary={
          rows.length
            ? tc(by === "employment" ? "summaryEmployment" : "summaryLq", {
                count: rows.length,
                first: localName(locale, rows[0]!),
                firstValue: valueLabel(rows[0]!),
                above: rows.filter((row) => (row.locationQuotient ?? 0) > 1).length,
              })
            : tc("empty")
        }
        table={
          <table className="data-table" data-testid={`top-metros-${by}-table`}>
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t("topMetrosRank")}
                </th>
                <th scope="col">{t("topMetrosMetro")}</th>
                <th scope="col" className="num">
                  {t("topMetrosJobs")}
                </th>
                <th scope="col" className="num">
                  {t("topMetrosLq")}
                </th>
                <th scope="col" className="num">
                  {t("topMetrosCmpRank")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr
                  key={row.regionCode}
                  className={highlightedRegionCodes.has(row.regionCode) ? "home-row" : undefined}
                >
                  <td className="num">{format.integer(row.rankAmongMetros)}</td>
                  <th scope="row">{localName(locale, row)}</th>
                  <td className="num">{format.integer(row.employment)}</td>
                  <td className="num">{format.lq(row.locationQuotient)}</td>
                  <td className="num">
                    {format.integer(by === "employment" ? row.nationalRankEmployment : row.nationalRankLq)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        }
        actions={
          <DownloadCsvLink
            href={exportHref("top-metros", { code: clusterCode, by }, locale)}
            testId={`top-metros-${by}-csv`}
          />
        }
        imageName={`calibaja-cluster-${clusterCode}-top-metros-${by}-${year}`}
        legend={legend}
        deckItem={{
          kind: "compare",
          params: {
            set: "border",
            view: "bars",
            metric: by === "employment" ? "jobs" : "lq",
            cluster: String(clusterCode),
            type: "all",
          },
        }}
      >
        <RankedBarChart
          axisLabel={by === "employment" ? t("topMetrosJobsAxis", { year }) : t("topMetrosLqAxis")}
          bars={rows.map((row) => ({
            key: row.regionCode,
            label: label(row),
            value: value(row),
            valueLabel: valueLabel(row),
            color: highlightedRegionCodes.has(row.regionCode) ? highlightColor : chartColors.traded,
          }))}
          references={by === "lq" ? [{ value: 1, label: tc("nationalAverage"), color: chartColors.reference }] : []}
        />
        <Legend items={legend} />
      </ChartFrame>
    );
  };
  return (
    <section aria-labelledby="top-metros-heading" data-testid="top-metros">
      <div className="section-heading">
        <h2 id="top-metros-heading">{t("topMetrosHeading", { cluster: clusterLabel })}</h2>
        <p>
          <Link
            href={`/compare?set=border&view=bars&metric=lq&type=all&cluster=${clusterCode}`}
            data-testid="compare-border-link"
          >
            {t("compareBorder")}
          </Link>
          {" · "}
          <Link href={`/compare?set=california&view=bars&metric=lq&type=all&cluster=${clusterCode}`}>
            {t("compareCalifornia")}
          </Link>
        </p>
      </div>
      <div className="top-metros">
        {frame("employment", byEmployment)}
        {frame("lq", byLq)}
      </div>
    </section>
  );
}
