import { TableScroll } from "@/components/ui/table-scroll";
import { getLocale, getTranslations } from "next-intl/server";
import type { BinationalTopIndustry } from "@/lib/queries/top-industries";
import { localName, formatters } from "@/lib/format";
import type { Locale } from "@/i18n/routing";
import { Link } from "@/i18n/navigation";
import { DownloadCsvLink } from "@/components/ui/download-link";
import { exportHref } from "@/lib/export/href";

/** The published binational ranking (no values in the source), with U.S.-side CBP employment beside it. */
export async function TopIndustries({ industries }: { industries: BinationalTopIndustry[] }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("overview");
  const tt = await getTranslations("table");
  const format = formatters(locale);
  const source = industries[0]?.source;
  const years = [...new Set(industries.flatMap((industry) => industry.usSideEmployment.map((row) => row.year)))].sort();
  return (
    <section className="panel" aria-labelledby="top-industries-heading" data-testid="top-industries">
      <div className="chart-header">
        <h2 id="top-industries-heading">{t("topIndustriesHeading")}</h2>
        <DownloadCsvLink href={exportHref("top-industries", {}, locale)} testId="top-industries-csv" />
      </div>
      <TableScroll labelledBy={"top-industries-heading"}>
        <table className="data-table">
          <caption className="visually-hidden">{t("topIndustriesHeading")}</caption>
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                {tt("rank")}
              </th>
              <th scope="col" rowSpan={2} className="wide-cell">
                {t("industryNaics")}
              </th>
              <th scope="col" rowSpan={2} className="wide-cell">
                {tt("cluster")}
              </th>
              <th scope="colgroup" colSpan={years.length} className="num">
                {t("usSideEmployment")}
              </th>
            </tr>
            <tr>
              {years.map((year) => (
                <th scope="col" className="num" key={year}>
                  {year}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {industries.map((industry) => {
              const clusters = [
                ...new Map(industry.members.map((member) => [member.cluster.code, member.cluster])).values(),
              ];
              return (
                <tr key={industry.id} data-rank={industry.rank}>
                  <td className="num">{industry.rank}</td>
                  <th scope="row">
                    <span lang="en">{industry.nameAsStated}</span> <span className="muted">({industry.naicsCode})</span>
                  </th>
                  <td>
                    {clusters.map((cluster, index) => (
                      <span key={cluster.code}>
                        {index > 0 ? "; " : ""}
                        <Link href={`/clusters/${cluster.code}`}>{localName(locale, cluster)}</Link>
                      </span>
                    ))}
                  </td>
                  {years.map((year) => {
                    const cell = industry.usSideEmployment.find((row) => row.year === year);
                    return (
                      <td
                        className="num"
                        key={year}
                        data-value={cell?.employment ?? ""}
                        title={cell?.withheldCells ? t("withheldCellsTitle", { cells: cell.withheldCells }) : undefined}
                      >
                        {cell ? format.jobs(cell.employment, cell.lowerBound) : tt("notPublished")}
                        {cell?.withheldCells ? <sup>†</sup> : null}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      <p className="coverage-line">{t("topIndustriesBasis")}</p>
      {industries.some((industry) => industry.usSideEmployment.some((cell) => cell.withheldCells > 0)) ? (
        <p className="coverage-line">{t("topIndustriesWithheld")}</p>
      ) : null}
      {source ? (
        <p className="coverage-line">
          {t("topIndustriesNote", { source: source.title, year: source.year ?? "" })}{" "}
          {source.url ? <a href={source.url}>{source.url}</a> : null}
        </p>
      ) : null}
    </section>
  );
}
