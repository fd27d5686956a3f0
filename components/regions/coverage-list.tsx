import { getTranslations } from "next-intl/server";
import { getLocale } from "next-intl/server";
import type { CoverageEntry } from "@/lib/queries/regions";
import { DownloadCsvLink } from "@/components/ui/download-link";
import { exportHref } from "@/lib/export/href";

/** What the database holds for a region, straight from the coverage table: one line per region and source. */
export async function CoverageList({
  entries,
  regionNames,
  regionCode,
}: {
  entries: CoverageEntry[];
  regionNames: Record<string, string>;
  regionCode: string;
}) {
  const t = await getTranslations("region");
  const locale = await getLocale();
  const tt = await getTranslations("table");
  const groups = new Map<string, { regionCode: string; sourceTitle: string; years: Set<number> }>();
  for (const entry of entries) {
    const key = `${entry.regionCode}|${entry.sourceTitle}`;
    const group = groups.get(key) ?? {
      regionCode: entry.regionCode,
      sourceTitle: entry.sourceTitle,
      years: new Set<number>(),
    };
    group.years.add(entry.year);
    groups.set(key, group);
  }
  return (
    <section className="panel" aria-labelledby="coverage-heading" data-testid="coverage">
      <div className="chart-header">
        <h2 id="coverage-heading">{t("coverage")}</h2>
        {entries.length > 0 ? (
          <DownloadCsvLink href={exportHref("data-coverage", { code: regionCode }, locale)} testId="coverage-csv" />
        ) : null}
      </div>
      {entries.length === 0 ? <p>{t("noCoverage")}</p> : null}
      {entries.length > 0 ? (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{tt("region")}</th>
              <th scope="col">{tt("source")}</th>
              <th scope="col">{t("coverageYears")}</th>
            </tr>
          </thead>
          <tbody>
            {[...groups.values()].map((group) => (
              <tr key={`${group.regionCode}-${group.sourceTitle}`}>
                <td>{regionNames[group.regionCode] ?? group.regionCode}</td>
                <td>{group.sourceTitle}</td>
                <td>{[...group.years].sort().join(", ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
