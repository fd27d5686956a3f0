"use client";

import { useLocale, useTranslations } from "next-intl";
import { ChartFrame } from "@/components/charts/chart-frame";
import { Legend } from "@/components/charts/legend";
import { PortfolioBubbleChart } from "@/components/regions/portfolio-bubble-chart";
import { DownloadCsvLink } from "@/components/ui/download-link";
import type { Locale } from "@/i18n/routing";
import { Link } from "@/i18n/navigation";
import type { BothSidesRow } from "@/lib/calculations/both-sides";
import { bothSidesBubbles, bothSidesColor } from "@/lib/charts/binational";
import { otherColor } from "@/lib/charts/colors";
import { exportHref } from "@/lib/export/href";
import { localName, formatters } from "@/lib/format";

/**
 * Clusters strong on both sides: the U.S. side's location quotient beside the number of large plants
 * in the Mexican municipios, as a scatter and as a table. Two different measures, side by side: the
 * chart says which, and never folds them into one score.
 */
export function BothSidesPanel({
  rows,
  lqYear,
  plantBand,
  coverage,
}: {
  rows: BothSidesRow[];
  lqYear: number;
  plantBand: string;
  coverage: string;
}) {
  const locale = useLocale() as Locale;
  const t = useTranslations("binational");
  const format = formatters(locale);
  const bubbles = bothSidesBubbles(rows, locale, (row) =>
    t("bothSidesTooltip", { cluster: localName(locale, row), lq: format.lq(row.usLq), plants: row.mxPlants }),
  );
  const both = rows.filter((row) => row.strongOnBoth);
  const legend = [
    { label: t("strongBothLegend"), color: bothSidesColor },
    { label: t("strongOneLegend"), color: otherColor },
  ];
  const notPlotted = rows.length - bubbles.length;
  return (
    <ChartFrame
      id="both-sides"
      title={t("bothSidesTitle")}
      subtitle={t("bothSidesNote", { year: lqYear, band: plantBand })}
      coverage={coverage}
      notes={[
        t("bothSidesSizeNote", { year: lqYear }),
        t("bothSidesSharedNote"),
        ...(notPlotted > 0 ? [t("bothSidesNotPlotted", { count: notPlotted })] : []),
      ]}
      summary={t("bothSidesSummary", {
        count: both.length,
        clusters: both
          .slice(0, 5)
          .map((row) => localName(locale, row))
          .join(", "),
      })}
      actions={<DownloadCsvLink href={exportHref("both-sides", {}, locale)} testId="both-sides-csv" />}
      imageName={`calibaja-clusters-on-both-sides-${lqYear}`}
      legend={legend}
      deckItem={{ kind: "bothsides", params: {} }}
      table={
        <table className="data-table" data-testid="both-sides-rows">
          <thead>
            <tr>
              <th scope="col">{t("clusterColumn")}</th>
              <th scope="col" className="num">
                {t("usLqColumn", { year: lqYear })}
              </th>
              <th scope="col" className="num">
                {t("usJobsColumn", { year: lqYear })}
              </th>
              <th scope="col" className="num">
                {t("mxPlantsColumn")}
              </th>
              <th scope="col" className="num">
                {t("mxPlantsSharedColumn")}
              </th>
              <th scope="col">{t("strongColumn")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.clusterCode} data-cluster-code={row.clusterCode} data-both={row.strongOnBoth}>
                <th scope="row">
                  <Link href={`/clusters/${row.clusterCode}`}>{localName(locale, row)}</Link>
                </th>
                <td className="num">{format.lq(row.usLq)}</td>
                <td className="num">
                  {format.jobsMarked({
                    employment: row.usJobs,
                    employmentReported: row.usJobsReported,
                    employmentIsLowerBound: false,
                  })}
                </td>
                <td className="num">{format.integer(row.mxPlants)}</td>
                <td className="num">{format.integer(row.mxPlantsShared)}</td>
                <td>
                  {row.strongOnBoth
                    ? t("strongBoth")
                    : row.usLq !== null && row.usLq > 1
                      ? t("strongUs")
                      : t("strongMx")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <PortfolioBubbleChart
        bubbles={bubbles}
        xLabel={t("bothSidesXAxis", { year: lqYear })}
        yLabel={t("bothSidesYAxis")}
        yFormat={(value) => format.integer(value)}
        integerY
      />
      <Legend items={legend} />
    </ChartFrame>
  );
}
