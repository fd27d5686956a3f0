import { TableScroll } from "@/components/ui/table-scroll";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { formatters, localNote } from "@/lib/format";
import type { ClusterIndustryRow } from "@/lib/queries/cluster-detail";
import { DownloadCsvLink } from "@/components/ui/download-link";
import { exportHref } from "@/lib/export/href";

const counties = [
  { code: "06073", short: "SD" },
  { code: "06025", short: "IMP" },
] as const;

/** The cluster's NAICS 2017 industries that CBP published, latest year, per county. */
export async function ClusterIndustries({ rows, clusterCode }: { rows: ClusterIndustryRow[]; clusterCode: number }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("cluster");
  const tt = await getTranslations("table");
  const format = formatters(locale);
  const latestYear = rows.reduce((latest, row) => Math.max(latest, row.year), 0);
  const industries = [...new Map(rows.map((row) => [row.industry.code, row.industry])).values()];
  return (
    <section className="panel" aria-labelledby="industries-heading">
      <div className="chart-header">
        <h2 id="industries-heading">{t("industries")}</h2>
        {industries.length > 0 ? (
          <DownloadCsvLink
            href={exportHref("cluster-industries", { code: clusterCode }, locale)}
            testId="cluster-industries-csv"
          />
        ) : null}
      </div>
      <p className="panel-note">{t("industriesNote")}</p>
      {industries.length === 0 ? <p>{tt("notPublished")}</p> : null}
      {industries.length > 0 ? (
        <TableScroll labelledBy={"industries-heading"}>
          <table className="data-table" data-testid="cluster-industries">
            <thead>
              <tr>
                <th scope="col">{t("industryCode")}</th>
                <th scope="col">{t("industryTitle")}</th>
                {counties.map((county) => (
                  <th scope="col" className="num" key={county.code}>
                    {county.short} {latestYear}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {industries.map((industry) => (
                <tr key={industry.code}>
                  <td>
                    <code>{industry.code}</code>
                  </td>
                  <th scope="row" lang="en">
                    {industry.titleEn}
                    {industry.clusterNote ? (
                      <span
                        className="muted"
                        title={localNote(locale, industry.clusterNote, industry.clusterNoteEs) ?? undefined}
                      >
                        {" "}
                        ({t("assignedVia")})
                      </span>
                    ) : null}
                  </th>
                  {counties.map((county) => {
                    const cell = rows.find(
                      (row) =>
                        row.industry.code === industry.code &&
                        row.regionCode === county.code &&
                        row.year === latestYear,
                    );
                    return (
                      <td className="num" key={county.code}>
                        {cell ? format.integer(cell.employment) : <span className="muted">{tt("notPublished")}</span>}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      {industries.length > 0 ? (
        <p className="coverage-line">
          {t("industriesCoverage", {
            year: latestYear,
            source: [
              ...new Set(rows.filter((row) => row.year === latestYear).map((row) => row.sourceTitle.split(":")[0]!)),
            ].join("; "),
          })}
        </p>
      ) : null}
    </section>
  );
}
