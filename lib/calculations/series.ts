/**
 * One year of a region's employment in a cluster, as the chosen source gives it. `series` names what
 * makes two figures comparable: the same publisher, the same basis (CMP with imputation, a published
 * total, a sum of published cells) and, for CBP sums, whether the year's sum includes cells the source
 * withheld (CBP 2017), which puts it on a different basis from years without them.
 */
export type SeriesPoint = {
  year: number;
  value: number | null;
  series: string;
  lowerBound: boolean;
  pandemic: boolean;
};

/** The series identity of a figure, from its source and how it was counted. */
export function seriesOf(figure: { publisher: string; basis: string; withheldCells: number }): string {
  return `${figure.publisher}|${figure.basis}|${figure.withheldCells > 0 ? "with withheld cells" : "published cells"}`;
}

/** Compound annual growth rate between two values `years` apart; null where it is undefined. */
export function compoundAnnualGrowth(first: number, last: number, years: number): number | null {
  if (!(years > 0) || !(first > 0) || last < 0) return null;
  return (last / first) ** (1 / years) - 1;
}

export function percentChange(previous: number, latest: number): number | null {
  return previous > 0 ? (latest - previous) / previous : null;
}

export type MeasuredSpan<P extends SeriesPoint> = {
  from: P;
  to: P;
  change: number;
  percent: number | null;
  annual: number | null;
};

export type SeriesSummary<P extends SeriesPoint> = {
  /** The latest year with a figure. */
  latest: P | null;
  /** The change over the latest unbroken run of the latest figure's series; null when the run has one point. */
  span: MeasuredSpan<P> | null;
  /** Figures before the run (other series, or before a break): shown as marked points, never compared with the span. */
  apart: P[];
  /** Years before which the series changes (a break is drawn there and never spanned by a number). */
  breaks: number[];
};

/**
 * The one rule for change and growth: computed only between two figures of the same series (same
 * source and basis), over the latest unbroken run of the latest figure's series. A figure of another
 * series (CMP 2016 beside CBP sums, a CBP 2017 sum with withheld cells) stays a point of its own; where
 * consecutive years change series a break is marked, and no number spans it.
 */
export function summariseSeries<P extends SeriesPoint>(points: readonly P[]): SeriesSummary<P> {
  const withValues = points.filter((point) => point.value !== null).sort((a, b) => a.year - b.year);
  const latest = withValues.at(-1) ?? null;
  const breaks = withValues
    .filter((point, index) => index > 0 && withValues[index - 1]!.series !== point.series)
    .map((point) => point.year);
  if (!latest) return { latest, span: null, apart: [], breaks };
  // The latest run of one series: walking back from the latest figure until the series changes.
  let start = withValues.length - 1;
  while (start > 0 && withValues[start - 1]!.series === latest.series) start -= 1;
  const from = withValues[start]!;
  const apart = withValues.slice(0, start);
  if (from === latest) return { latest, span: null, apart, breaks };
  return {
    latest,
    apart,
    breaks,
    span: {
      from,
      to: latest,
      change: latest.value! - from.value!,
      percent: percentChange(from.value!, latest.value!),
      annual: compoundAnnualGrowth(from.value!, latest.value!, latest.year - from.year),
    },
  };
}
