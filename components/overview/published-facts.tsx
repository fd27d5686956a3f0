import { getLocale, getTranslations } from "next-intl/server";
import type { PublishedFactView } from "@/lib/queries/facts";
import { formatters, statedValue } from "@/lib/format";
import type { Locale } from "@/i18n/routing";

export async function HeadlineFacts({ facts }: { facts: PublishedFactView[] }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("overview");
  const format = formatters(locale);
  const source = facts[0]?.source;
  const labels = t.raw("factLabels") as Record<string, string>;
  return (
    <section className="panel facts-panel" aria-labelledby="facts-heading">
      <h2 id="facts-heading">{t("factsHeading")}</h2>
      <dl className="facts-grid">
        {facts.map((fact) => (
          <div key={fact.key} data-testid={`fact-${fact.key}`}>
            <dt>{labels[fact.key] ?? fact.metric}</dt>
            <dd>{statedValue(fact, format)}</dd>
          </div>
        ))}
      </dl>
      {source ? (
        <p className="coverage-line">
          {t("factsSource", { source: source.title, year: facts[0]?.yearAsStated.replace(/^c\./, "") ?? "" })}{" "}
          {source.url ? <a href={source.url}>{source.url}</a> : null}
        </p>
      ) : null}
    </section>
  );
}
