import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { formatters } from "@/lib/format";
import type { PublishedFactView } from "@/lib/queries/facts";
import { statedValue } from "@/lib/format";
import { DownloadCsvLink } from "@/components/ui/download-link";
import { exportHref } from "@/lib/export/href";

/** Published figures, each with its own study, year and benchmark: different studies are never combined. */
export async function PublishedFactsList({ facts, regionCode }: { facts: PublishedFactView[]; regionCode: string }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("region");
  const tt = await getTranslations("table");
  const format = formatters(locale);
  return (
    <section className="panel" aria-labelledby="facts-list-heading" data-testid="region-facts">
      <div className="chart-header">
        <h2 id="facts-list-heading">{t("facts")}</h2>
        {facts.length > 0 ? (
          <DownloadCsvLink href={exportHref("published-facts", { code: regionCode }, locale)} testId="facts-csv" />
        ) : null}
      </div>
      {facts.length === 0 ? <p>{tt("missing")}</p> : null}
      <ul className="fact-list" lang="en">
        {facts.map((fact) => (
          <li key={fact.key}>
            <strong>{statedValue(fact, format)}</strong>{" "}
            {fact.unit !== "count" && fact.unit !== "text" ? fact.unit : ""} — {fact.metric}
            {fact.scope !== "all" ? ` (${fact.scope})` : ""}, {fact.geography}, {fact.yearAsStated}
            {fact.benchmark ? `; ${tt("benchmark")}: ${fact.benchmark}` : ""}.{" "}
            <span className="muted">
              {fact.source.url ? (
                <a href={fact.source.url}>{fact.study ?? fact.source.title}</a>
              ) : (
                (fact.study ?? fact.source.title)
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
