import { getLocale, getTranslations } from "next-intl/server";
import { Sparkline } from "@/components/charts/sparkline";
import { summariseTrend } from "@/lib/calculations/growth";
import { clusterName, formatters } from "@/lib/format";
import type { ClusterSeries, TrendPoint } from "@/lib/queries/trends";
import type { Locale } from "@/i18n/routing";
import { Link } from "@/i18n/navigation";
import { DownloadCsvLink } from "@/components/ui/download-link";

export type TrendItem = { key: string; title: string; href: string; points: TrendPoint[] };

/** Trend items for clusters of one region, in the order given. */
export function clusterTrendItems(locale: Locale, clusters: { clusterCode: number; nameEn: string; nameEs: string }[], series: ClusterSeries[]): TrendItem[] {
  return clusters.map((cluster) => ({
    key: String(cluster.clusterCode),
    title: clusterName(locale, cluster),
    href: `/clusters/${cluster.clusterCode}`,
    points: series.find((entry) => entry.clusterCode === cluster.clusterCode)?.points ?? [],
  }));
}

/** One card per item: latest value, change since the previous comparable year, CAGR, sparkline. */
export async function TrendCards({ items, coverage, heading, csvHref }: { items: TrendItem[]; coverage: string; heading: string; csvHref?: string }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("trend");
  const to = await getTranslations("overview");
  const format = formatters(locale);
  return (
    <section className="panel" aria-labelledby="trends-heading">
      <div className="chart-header">
        <h2 id="trends-heading">{heading}</h2>
        {csvHref ? <DownloadCsvLink href={csvHref} testId="trends-csv" /> : null}
      </div>
      <p className="panel-note">{to("trendsNote")}</p>
      <div className="trend-grid">
        {items.map(({ key, title, href, points }) => {
          const summary = summariseTrend(points);
          const breakYear = points.find((point) => point.seriesBreakBefore)?.year;
          return (
            <article className="trend-card" key={key} data-testid={`trend-${key}`}>
              <h3>
                <Link href={href}>{title}</Link>
              </h3>
              {summary.kind === "none" ? <p>{t("none")}</p> : null}
              {summary.kind === "single" ? (
                <>
                  <p className="trend-value">
                    <span className="trend-year">{summary.latest.year}</span> {format.jobs(summary.latest.value, summary.latest.lowerBound)}
                  </p>
                  <p className="trend-note" data-testid="trend-single">{t("single", { year: summary.latest.year })}</p>
                </>
              ) : null}
              {summary.kind === "series" ? (
                <>
                  <p className="trend-value">
                    <span className="trend-year">{summary.latest.year}</span> {format.jobs(summary.latest.value, summary.latest.lowerBound)}
                    {summary.latest.pandemic ? <span className="badge" title={t("pandemic")}>COVID-19</span> : null}
                  </p>
                  <p className="trend-change" data-testid="trend-change">
                    {t("change", { year: summary.previous.year })}: <strong>{format.signed(summary.change)}</strong> ({format.percent(summary.changePercent)})
                  </p>
                  <p className="trend-change" data-testid="trend-cagr">
                    {t("cagr", { from: summary.first.year, to: summary.latest.year })}: <strong>{format.percent(summary.cagr)}</strong>
                  </p>
                  <Sparkline points={points} />
                  {breakYear ? <p className="trend-note">{t("seriesBreak", { year: breakYear })}</p> : null}
                </>
              ) : null}
            </article>
          );
        })}
      </div>
      <p className="coverage-line">{coverage}</p>
    </section>
  );
}
