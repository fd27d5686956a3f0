import { getLocale, getTranslations } from "next-intl/server";
import { Sparkline } from "@/components/charts/sparkline";
import { summariseSeries } from "@/lib/calculations/series";
import { localName, formatters } from "@/lib/format";
import type { ClusterSeries, TrendPoint } from "@/lib/queries/trends";
import type { Locale } from "@/i18n/routing";
import { Link } from "@/i18n/navigation";
import { DownloadCsvLink } from "@/components/ui/download-link";

export type TrendItem = { key: string; title: string; href: string; points: TrendPoint[] };

/** Trend items for clusters of one region, in the order given. */
export function clusterTrendItems(
  locale: Locale,
  clusters: { clusterCode: number; nameEn: string; nameEs: string }[],
  series: ClusterSeries[],
): TrendItem[] {
  return clusters.map((cluster) => ({
    key: String(cluster.clusterCode),
    title: localName(locale, cluster),
    href: `/clusters/${cluster.clusterCode}`,
    points: series.find((entry) => entry.clusterCode === cluster.clusterCode)?.points ?? [],
  }));
}

const jobsOf = (format: ReturnType<typeof formatters>, point: TrendPoint) =>
  format.jobsMarked({
    employment: point.value,
    employmentReported: point.reported,
    employmentIsLowerBound: point.lowerBound,
  });

/**
 * One card per item: the latest figure, the change over the span it measured (within one series only,
 * lib/calculations/series.ts), the figures of other series as their own points, and a sparkline that
 * breaks where the series changes.
 */
export async function TrendCards({
  items,
  coverage,
  heading,
  csvHref,
}: {
  items: TrendItem[];
  coverage: string;
  heading: string;
  csvHref?: string;
}) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("trend");
  const to = await getTranslations("overview");
  const format = formatters(locale);
  const source = (point: TrendPoint) => point.sourceTitle.split(":")[0]!;
  const apartLine = (point: TrendPoint) =>
    point.basis === "cmp_with_imputation"
      ? t("apartCmp", { year: point.year, value: jobsOf(format, point) })
      : point.withheldCells > 0
        ? t("apartWithheld", { year: point.year, value: jobsOf(format, point), cells: point.withheldCells })
        : t("apartOther", { year: point.year, value: jobsOf(format, point), source: source(point) });
  return (
    <section className="panel" aria-labelledby="trends-heading">
      <div className="chart-header">
        <h2 id="trends-heading">{heading}</h2>
        {csvHref ? <DownloadCsvLink href={csvHref} testId="trends-csv" /> : null}
      </div>
      <p className="panel-note">{to("trendsNote")}</p>
      <div className="trend-grid">
        {items.map(({ key, title, href, points }) => {
          const { latest, span, apart, breaks } = summariseSeries(points);
          return (
            <article className="trend-card" key={key} data-testid={`trend-${key}`}>
              <h3>
                <Link href={href}>{title}</Link>
              </h3>
              {latest ? (
                <>
                  <p className="trend-value">
                    <span className="trend-year">{latest.year}</span> {jobsOf(format, latest)}
                    {latest.pandemic ? (
                      <span className="badge" title={t("pandemic", { year: latest.year })}>
                        COVID-19
                      </span>
                    ) : null}
                  </p>
                  {span ? (
                    <>
                      <p className="trend-change" data-testid="trend-change">
                        {t("span", {
                          from: span.from.year,
                          to: span.to.year,
                          change: format.signed(span.change),
                          percent: format.percent(span.percent),
                          annual: format.percent(span.annual),
                        })}
                      </p>
                      <p className="trend-note">{t("spanBasis", { source: span.to.sourcePublisher })}</p>
                    </>
                  ) : (
                    <p className="trend-note" data-testid="trend-single">
                      {t("single", { year: latest.year })}
                    </p>
                  )}
                  <Sparkline points={points} />
                  {apart.map((point) => (
                    <p className="trend-note" key={point.year} data-testid="trend-apart">
                      {apartLine(point)}
                    </p>
                  ))}
                  {breaks.length > 0 ? (
                    <p className="trend-note">{t("seriesBreak", { year: breaks.at(-1)! })}</p>
                  ) : null}
                </>
              ) : (
                <p>{t("none")}</p>
              )}
            </article>
          );
        })}
      </div>
      <p className="coverage-line">{coverage}</p>
    </section>
  );
}
