import { TableScroll } from "@/components/ui/table-scroll";
import { InsuredChart } from "./insured-chart";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { intlLocale } from "@/i18n/routing";
import { formatters } from "@/lib/format";
import { changeOverYear, latestMonths, monthlyTotals, yearlyAverages } from "@/lib/calculations/insured";
import { imssDivisionName } from "@/lib/reference/imss";
import type { InsuredMonth } from "@/lib/queries/insured";
import { DownloadCsvLink } from "@/components/ui/download-link";
import { exportHref } from "@/lib/export/href";

const shownMonths = 12;

/**
 * One IMSS measure (insured jobs, or permanent insured workers) by IMSS division: the latest months,
 * the change on a year earlier where that month is loaded, and yearly averages that say how many
 * months they average. A missing cell stays missing, and so does any total that would include it.
 */
export async function InsuredEmployment({
  rows,
  regionCode,
  regionName,
}: {
  rows: InsuredMonth[];
  regionCode: string;
  regionName: string;
}) {
  const measure = rows[0]!.measure;
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("insured");
  const format = formatters(locale);
  const monthName = new Intl.DateTimeFormat(intlLocale[locale], { month: "short", year: "numeric", timeZone: "UTC" });
  const label = (year: number, month: number) => monthName.format(new Date(Date.UTC(year, month - 1, 1)));
  const months = latestMonths(rows, shownMonths);
  const latest = months.at(-1)!;
  const totals = monthlyTotals(rows);
  const all = [...rows, ...totals];
  const sectorCodes = [...new Set(rows.map((row) => row.sectorCode))].sort();
  const averages = yearlyAverages(all);
  const years = [...new Set(averages.map((row) => row.year))].sort();
  const name = (code: string) => (code === "total" ? t("total") : imssDivisionName(locale, code));
  const value = (code: string, year: number, month: number) =>
    all.find((row) => row.sectorCode === code && row.year === year && row.month === month)?.value ?? null;
  const sources = [...new Set(rows.map((row) => row.sourceTitle.split(":")[0]))];
  return (
    <section
      className="panel"
      aria-labelledby={`insured-heading-${measure}`}
      data-testid={`insured-employment-${measure}`}
    >
      <div className="chart-header">
        <h2 id={`insured-heading-${measure}`}>{t(`heading.${measure}`, { region: regionName })}</h2>
        <DownloadCsvLink
          href={exportHref("insured-employment", { code: regionCode, measure }, locale)}
          testId={`insured-csv-${measure}`}
        />
      </div>
      {/* The chart's subtitle carries the definition (it must travel with the PNG); say it here only when there is no chart. */}
      {months.length > 1 ? null : <p className="panel-note">{t(`note.${measure}`)}</p>}
      {months.length > 1 ? (
        <InsuredChart
          rows={rows}
          regionCode={regionCode}
          regionName={regionName}
          coverage={t("source", {
            region: regionName,
            latest: label(latest.year, latest.month),
            sources: sources.join("; "),
          })}
        />
      ) : null}
      <TableScroll labelledBy={`insured-heading-${measure}`}>
        <table className="data-table" data-testid={`insured-monthly-${measure}`}>
          <thead>
            <tr>
              <th scope="col">{t("division")}</th>
              {months.map(({ year, month }) => (
                <th scope="col" className="num" key={`${year}-${month}`}>
                  {label(year, month)}
                </th>
              ))}
              <th scope="col" className="num">
                {t("changeOverYear")}
              </th>
            </tr>
          </thead>
          <tbody>
            {[...sectorCodes, "total"].map((code) => {
              const change = changeOverYear(all, code, latest.year, latest.month);
              return (
                <tr key={code} className={code === "total" ? "total-row" : undefined}>
                  <th scope="row">{name(code)}</th>
                  {months.map(({ year, month }) => (
                    <td className="num" key={`${year}-${month}`}>
                      {format.integer(value(code, year, month))}
                    </td>
                  ))}
                  <td className="num">
                    {change ? `${format.signed(change.change)} (${format.percent(change.percent)})` : "—"}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      <h3 className="table-subheading" id={`insured-yearly-heading-${measure}`}>
        {t("yearlyHeading")}
      </h3>
      <TableScroll labelledBy={`insured-yearly-heading-${measure}`}>
        <table className="data-table" data-testid={`insured-yearly-${measure}`}>
          <thead>
            <tr>
              <th scope="col">{t("division")}</th>
              {years.map((year) => (
                <th scope="col" className="num" key={year}>
                  {year}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[...sectorCodes, "total"].map((code) => (
              <tr key={code} className={code === "total" ? "total-row" : undefined}>
                <th scope="row">{name(code)}</th>
                {years.map((year) => {
                  const average = averages.find((row) => row.sectorCode === code && row.year === year);
                  return (
                    <td className="num" key={year}>
                      {average ? format.integer(average.average) : "—"}
                      {average && average.months < 12 ? (
                        <small className="muted"> {t("monthsAveraged", { months: average.months })}</small>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="coverage-line">
        {t("source", { region: regionName, latest: label(latest.year, latest.month), sources: sources.join("; ") })}
      </p>
    </section>
  );
}
