"use client";

import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/i18n/routing";
import { factTopics } from "@/lib/calculations/facts";
import type { FactTableRow } from "@/lib/binational-data";
import { formatters, statedValue } from "@/lib/format";

/**
 * Every published figure about the mega-region and its parts, grouped by topic, searchable; figures
 * of the same measure sit next to each other so that where sources disagree it shows. Values keep
 * the publisher's qualifiers; a year a source did not state says so.
 */
export function FactsTable({ rows, csvHref }: { rows: FactTableRow[]; csvHref: string }) {
  const locale = useLocale() as Locale;
  const t = useTranslations("binational");
  const format = formatters(locale);
  const [query, setQuery] = useState("");
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const visible = rows.filter((row) =>
    words.every((word) =>
      `${row.geography} ${row.scope} ${row.metric} ${row.sourceTitle} ${row.yearAsStated}`.toLowerCase().includes(word),
    ),
  );
  return (
    <section className="panel" aria-labelledby="facts-table-heading" data-testid="facts-table">
      <div className="chart-header">
        <h2 id="facts-table-heading">{t("factsTableTitle")}</h2>
        <a className="button" href={csvHref} download data-testid="facts-table-csv">
          {t("downloadCsv")}
        </a>
      </div>
      <p className="panel-note">{t("factsTableNote")}</p>
      <label className="table-filter">
        <span className="control-label">{t("searchFacts")}</span>
        <input
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          data-testid="facts-search"
        />
      </label>
      {factTopics.map((topic) => {
        const inTopic = visible.filter((row) => row.topic === topic);
        if (inTopic.length === 0) return null;
        return (
          <div key={topic} className="table-scroll" tabIndex={0} role="region" aria-labelledby={`facts-topic-${topic}`}>
            <table className="data-table" data-testid={`facts-topic-${topic}`}>
              <caption id={`facts-topic-${topic}`} className="table-caption">
                {t(`topic.${topic}`)}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t("whatColumn")}</th>
                  <th scope="col">{t("whereColumn")}</th>
                  <th scope="col" className="num">
                    {t("valueColumn")}
                  </th>
                  <th scope="col">{t("yearColumn")}</th>
                  <th scope="col">{t("sourceColumn")}</th>
                </tr>
              </thead>
              <tbody>
                {inTopic.map((row) => (
                  <tr key={row.key} data-fact={row.key}>
                    <th scope="row" lang="en">
                      {row.scope === "all" || row.scope === "-" ? row.metric : `${row.scope}: ${row.metric}`}
                    </th>
                    <td lang="en">{row.geography}</td>
                    <td className="num">
                      {statedValue(row, format)} <span className="muted">{row.unit}</span>
                    </td>
                    <td>{row.year ?? t("yearNotStated")}</td>
                    <td>{row.sourceUrl ? <a href={row.sourceUrl}>{row.sourceTitle}</a> : row.sourceTitle}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
      {visible.length === 0 ? <p>{t("noFactsMatch")}</p> : null}
    </section>
  );
}
