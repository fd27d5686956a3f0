import { TableScroll } from "@/components/ui/table-scroll";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { filledInJobs, isFilledIn } from "@/lib/calculations/filled-in";
import { formatters, localNote, localName } from "@/lib/format";
import type { ClusterObservationView } from "@/lib/queries/cluster-detail";
import { DownloadCsvLink } from "@/components/ui/download-link";
import { exportHref } from "@/lib/export/href";
import { figuresTable } from "@/lib/calculations/latest-years";
import { Link } from "@/i18n/navigation";

// Twenty years of eleven regions are two hundred rows: past this many, the table shows its latest
// years and links to the rest (the CSV always holds every figure).
const rowLimit = 60;

/** Every figure of a cluster with its source, what was filled in, and how it was made. */
export async function ClusterObservationsTable({
  observations,
  clusterCode,
  everyYear,
}: {
  observations: ClusterObservationView[];
  clusterCode: number;
  /** Every year, however many rows; otherwise the latest years that fit in the row limit. */
  everyYear: boolean;
}) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("table");
  const tc = await getTranslations("cluster");
  const format = formatters(locale);
  const { rows, note } = figuresTable(observations, { everyYear, maxRows: rowLimit });
  const years = ({ from, to }: { from: number; to: number }) => (from === to ? String(to) : `${from}–${to}`);
  return (
    <section className="panel" id="observations" aria-labelledby="observations-heading">
      <div className="chart-header">
        <h2 id="observations-heading">{tc("observations")}</h2>
        <DownloadCsvLink
          href={exportHref("cluster-observations", { code: clusterCode }, locale)}
          testId="cluster-observations-csv"
        />
      </div>
      <TableScroll labelledBy={"observations-heading"}>
        <table className="data-table" data-testid="cluster-observations">
          <thead>
            <tr>
              <th scope="col">{t("year")}</th>
              <th scope="col">{t("region")}</th>
              <th scope="col" className="num">
                {t("employment")}
              </th>
              <th scope="col" className="num">
                {t("filledIn")}
              </th>
              <th scope="col" className="num">
                {t("lq")}
              </th>
              <th scope="col" className="num">
                {t("establishments")}
              </th>
              <th scope="col" className="num">
                {t("averageWage")}
              </th>
              <th scope="col">{t("source")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const filledIn = isFilledIn(row) ? filledInJobs(row) : null;
              return (
                <tr
                  key={`${row.year}-${row.regionCode}-${row.source.title}`}
                  data-region={row.regionCode}
                  data-year={row.year}
                >
                  <td>
                    {row.year}
                    {row.pandemicFlag ? <span className="badge">COVID-19</span> : null}
                  </td>
                  <th scope="row">{localName(locale, row.region)}</th>
                  <td className="num">{format.jobsMarked(row)}</td>
                  <td className="num" data-testid={filledIn ? "filled-in" : undefined}>
                    {filledIn
                      ? `${format.integer(filledIn)} (${format.percent(row.employment ? filledIn / row.employment : null).replace("+", "")})`
                      : t("missing")}
                  </td>
                  <td className="num">
                    {format.lq(row.locationQuotient)}
                    {row.locationQuotient !== null ? (
                      <span className="muted"> {row.lqPublished ? "" : `(${t("lqComputed")})`}</span>
                    ) : null}
                  </td>
                  <td className="num">{format.integer(row.establishments)}</td>
                  <td className="num">{format.usd(row.averageWageUsd)}</td>
                  <td className="source-cell">
                    {row.source.url ? <a href={row.source.url}>{row.source.title}</a> : row.source.title}
                    {row.derivation ? (
                      <span className="muted"> — {localNote(locale, row.derivation, row.derivationEs)}</span>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      {note ? (
        <p className="panel-note" data-testid="observations-years">
          {note.kind === "every" ? (
            <>
              {tc("observationsEvery", { years: years(note.allYears), total: note.total })}{" "}
              <Link href={`/clusters/${clusterCode}#observations`}>{tc("observationsShowLatest")}</Link>
            </>
          ) : (
            <>
              {tc("observationsLatest", {
                years: years(note.shownYears),
                count: note.yearCount,
                shown: note.shown,
                total: note.total,
              })}{" "}
              <Link href={`/clusters/${clusterCode}?figures=all#observations`} data-testid="observations-every-year">
                {tc("observationsShowEvery", { years: years(note.allYears) })}
              </Link>
            </>
          )}
        </p>
      ) : null}
    </section>
  );
}
