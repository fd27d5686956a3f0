import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { headlineCards } from "@/lib/calculations/facts";
import { formatters, statedValue } from "@/lib/format";
import type { PublishedFactView } from "@/lib/queries/facts";

/**
 * The mega-region's headline figures, one card per measure (population, colleges, crossings, GDP…),
 * each with its year and source. Where sources disagree the card says so and lists them side by side.
 */
export async function HeadlineFigures({ facts }: { facts: PublishedFactView[] }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("binational");
  const format = formatters(locale);
  const cards = headlineCards(facts);
  const unit = (fact: PublishedFactView) =>
    /USD/.test(fact.unit) ? t(`unit.${fact.unit.includes("billion") ? "billionUsd" : "millionUsd"}`) : "";
  const value = (fact: PublishedFactView) => `${statedValue(fact, format)} ${unit(fact)}`.trim();
  const year = (fact: PublishedFactView) =>
    fact.year === null
      ? t("yearNotStated")
      : fact.yearAsStated.startsWith("c.")
        ? t("circa", { year: fact.year })
        : String(fact.year);
  return (
    <section className="panel" aria-labelledby="headline-figures-heading" data-testid="headline-figures">
      <h2 id="headline-figures-heading">{t("headlineTitle")}</h2>
      <p className="panel-note">{t("headlineNote")}</p>
      <div className="stat-grid">
        {cards.map(({ measure, shown, all, sourcesDiffer }) => (
          <div className="stat-card" key={measure} data-testid={`headline-${measure}`}>
            <p className="stat-label">{t(`headline.${measure}`)}</p>
            <p className="stat-value">
              {statedValue(shown, format)}
              {unit(shown) ? <span className="stat-unit"> {unit(shown)}</span> : null}
            </p>
            <p className="stat-note">
              {year(shown)} · {shown.study ?? shown.source.title}
            </p>
            {sourcesDiffer ? (
              <details className="sources-differ">
                <summary data-testid="sources-differ">{t("sourcesDiffer", { count: all.length })}</summary>
                <ul>
                  {all.map((fact) => (
                    <li key={fact.key}>
                      <strong>{value(fact)}</strong> · {year(fact)} ·{" "}
                      {fact.source.url ? (
                        <a href={fact.source.url}>{fact.study ?? fact.source.title}</a>
                      ) : (
                        (fact.study ?? fact.source.title)
                      )}
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
          </div>
        ))}
      </div>
    </section>
  );
}
