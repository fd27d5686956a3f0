import { TableScroll } from "@/components/ui/table-scroll";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { formatters } from "@/lib/format";
import type { SectorEmployment } from "@/lib/queries/national-context";
import { DownloadCsvLink } from "@/components/ui/download-link";
import { exportHref } from "@/lib/export/href";

/**
 * Census employment (personal ocupado total) by SCIAN sector and census year for a Mexican region:
 * Mexico's national table as context, or a state's or municipio's imported SAIC export.
 * A cell INEGI withheld for confidentiality says so; it is never shown as zero.
 */
export async function CensusSectors({
  rows,
  regionCode,
  heading,
  note,
}: {
  rows: SectorEmployment[];
  regionCode: string;
  heading: string;
  note: string;
}) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("region");
  const format = formatters(locale);
  const years = [...new Set(rows.map((row) => row.year))].sort();
  const sectors = [...new Map(rows.map((row) => [row.code, row.titleEs])).entries()];
  const headingId = `census-sectors-${regionCode}-heading`;
  const cell = (code: string, year: number) => {
    const row = rows.find((candidate) => candidate.code === code && candidate.year === year);
    if (!row) return "—";
    return row.withheld ? <abbr title={t("withheldTitle")}>{t("withheld")}</abbr> : format.integer(row.employment);
  };
  return (
    <section className="panel" aria-labelledby={headingId} data-testid={`census-sectors-${regionCode}`}>
      <div className="chart-header">
        <h2 id={headingId}>{heading}</h2>
        <DownloadCsvLink
          href={exportHref("mexico-sectors", regionCode === "MX" ? {} : { code: regionCode }, locale)}
          testId={regionCode === "MX" ? "mexico-sectors-csv" : "census-sectors-csv"}
        />
      </div>
      <p className="panel-note">{note}</p>
      <TableScroll labelledBy={headingId}>
        <table className="data-table" data-testid={regionCode === "MX" ? "mexico-context" : "census-sectors"}>
          <thead>
            <tr>
              <th scope="col">SCIAN</th>
              <th scope="col">{t("sector")}</th>
              {years.map((year) => (
                <th scope="col" className="num" key={year}>
                  {year}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sectors.map(([code, title]) => (
              <tr key={code}>
                <td>
                  <code>{code}</code>
                </td>
                <th scope="row" lang="es">
                  {title}
                </th>
                {years.map((year) => (
                  <td className="num" key={year}>
                    {cell(code, year)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="coverage-line">
        {t("mexicoContextSource", { source: [...new Set(rows.map((row) => row.sourceTitle))].join("; ") || "INEGI" })}
      </p>
    </section>
  );
}
