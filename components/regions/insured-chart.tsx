"use client";

import { useLocale, useTranslations } from "next-intl";
import { ChartFrame } from "@/components/charts/chart-frame";
import { Legend } from "@/components/charts/legend";
import { TimeSeriesChart } from "@/components/charts/time-series-chart";
import { intlLocale, type Locale } from "@/i18n/routing";
import { insuredLines } from "@/lib/charts/binational";
import { formatters } from "@/lib/format";
import type { InsuredMonth } from "@/lib/queries/insured";

/** One IMSS measure month by month, a line per division, the COVID-19 months shaded and the span stated. */
export function InsuredChart({
  rows,
  regionCode,
  regionName,
  coverage,
}: {
  rows: InsuredMonth[];
  regionCode: string;
  regionName: string;
  coverage: string;
}) {
  const locale = useLocale() as Locale;
  const t = useTranslations("insured");
  const tb = useTranslations("binational");
  const format = formatters(locale);
  const measure = rows[0]!.measure;
  const { series, shaded, months } = insuredLines(rows, locale, tb("covidMonths"));
  const monthName = new Intl.DateTimeFormat(intlLocale[locale], { month: "short", year: "2-digit", timeZone: "UTC" });
  const formatX = (x: string) => monthName.format(new Date(Date.UTC(Number(x.slice(0, 4)), Number(x.slice(5)) - 1, 1)));
  const span = `${formatX(months[0]!)} – ${formatX(months.at(-1)!)}`;
  return (
    <ChartFrame
      id={`insured-chart-${measure}`}
      title={t("chartTitle", { region: regionName, span })}
      subtitle={t(`note.${measure}`)}
      coverage={coverage}
      notes={shaded.length ? [tb("covidNote")] : []}
      summary={series.map((line) => `${line.label}: ${format.integer(line.points.at(-1)?.value)}`).join("; ")}
      imageName={`calibaja-imss-${measure.replace("_", "-")}-${regionCode}-monthly`}
      legend={series.map((line) => ({ label: line.label, color: line.color }))}
      deckItem={{ kind: "insured", params: { code: regionCode, measure } }}
      table={
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("month")}</th>
              {series.map((line) => (
                <th scope="col" className="num" key={line.key}>
                  {line.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {months.map((month, index) => (
              <tr key={month}>
                <th scope="row">{formatX(month)}</th>
                {series.map((line) => (
                  <td className="num" key={line.key}>
                    {format.integer(line.points[index]?.value)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <TimeSeriesChart
        series={series}
        shaded={shaded}
        axisLabel={tb("peopleAxis")}
        formatValue={(value) => format.compact(value)}
        formatX={formatX}
      />
      <Legend items={series.map((line) => ({ label: line.label, color: line.color }))} />
    </ChartFrame>
  );
}
