import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { Link } from "@/i18n/navigation";
import { TableScroll } from "@/components/ui/table-scroll";
import { DownloadCsvLink } from "@/components/ui/download-link";
import { exportHref } from "@/lib/export/href";
import { localName, formatters } from "@/lib/format";

type Establishment = {
  externalId: string;
  scianCode: string;
  activityName: string;
  localityName: string | null;
  sizeBand: string;
  clusterCode: number | null;
  nameEn: string | null;
  nameEs: string | null;
};

/** A municipio's large establishments counted by SCIAN activity and locality, with the cluster each activity maps to. */
export async function EstablishmentsList({
  rows,
  regionCode,
  regionName,
}: {
  rows: Establishment[];
  regionCode: string;
  regionName: string;
}) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("binational");
  const format = formatters(locale);
  const groups = new Map<string, { row: Establishment; count: number }>();
  for (const row of rows) {
    const key = `${row.scianCode}|${row.localityName ?? ""}`;
    groups.set(key, { row, count: (groups.get(key)?.count ?? 0) + 1 });
  }
  const listed = [...groups.values()].sort(
    (a, b) => b.count - a.count || a.row.scianCode.localeCompare(b.row.scianCode),
  );
  return (
    <section className="panel" aria-labelledby="establishments-heading" data-testid="establishments">
      <div className="chart-header">
        <h2 id="establishments-heading">{t("establishmentsTitle", { region: regionName })}</h2>
        <DownloadCsvLink
          href={exportHref("large-establishments", { code: regionCode }, locale)}
          testId="establishments-csv"
        />
      </div>
      <p className="panel-note">{t("establishmentsNote", { count: rows.length, band: rows[0]?.sizeBand ?? "" })}</p>
      <TableScroll labelledBy="establishments-heading">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">SCIAN</th>
              <th scope="col">{t("activityColumn")}</th>
              <th scope="col">{t("localityColumn")}</th>
              <th scope="col" className="num">
                {t("plantsColumn")}
              </th>
              <th scope="col">{t("clusterColumn")}</th>
            </tr>
          </thead>
          <tbody>
            {listed.map(({ row, count }) => (
              <tr key={`${row.scianCode}|${row.localityName}`}>
                <td>
                  <code>{row.scianCode}</code>
                </td>
                <th scope="row" lang="es">
                  {row.activityName}
                </th>
                <td lang="es">{row.localityName ?? "—"}</td>
                <td className="num">{format.integer(count)}</td>
                <td>
                  {row.clusterCode ? (
                    <Link href={`/clusters/${row.clusterCode}`}>
                      {localName(locale, { nameEn: row.nameEn!, nameEs: row.nameEs! })}
                    </Link>
                  ) : (
                    <span className="muted">{t("spansClusters")}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
