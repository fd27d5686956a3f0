import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { formatters } from "@/lib/format";
import type { SectorEmployment } from "@/lib/queries/national-context";
import { DownloadCsvLink } from "@/components/ui/download-link";
import { exportHref } from "@/lib/export/href";

/** National census employment by sector, shown (and labelled) as context for the Mexican side. */
export async function MexicoContext({ rows }: { rows: SectorEmployment[] }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("region");
  const format = formatters(locale);
  const years = [...new Set(rows.map((row) => row.year))].sort();
  const sectors = [...new Map(rows.map((row) => [row.code, row.titleEs])).entries()];
  return (
    <section className="panel" aria-labelledby="mexico-context-heading">
      <div className="chart-header">
        <h2 id="mexico-context-heading">{t("mexicoContext")}</h2>
        <DownloadCsvLink href={exportHref("mexico-sectors", {}, locale)} testId="mexico-sectors-csv" />
      </div>
      <p className="panel-note">{t("mexicoContextNote")}</p>
      <div className="table-scroll">
        <table className="data-table" data-testid="mexico-context">
          <thead>
            <tr>
              <th scope="col">SCIAN</th>
              <th scope="col">{t("sector")}</th>
              {years.map((year) => (
                <th scope="col" className="num" key={year}>{year}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sectors.map(([code, title]) => (
              <tr key={code}>
                <td><code>{code}</code></td>
                <th scope="row" lang="es">{title}</th>
                {years.map((year) => (
                  <td className="num" key={year}>{format.integer(rows.find((row) => row.code === code && row.year === year)?.employment)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="coverage-line">{t("mexicoContextSource", { source: rows[0]?.sourceTitle ?? "INEGI" })}</p>
    </section>
  );
}
