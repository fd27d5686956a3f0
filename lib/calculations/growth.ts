export type SeriesPoint = { year: number; value: number | null; basis: string; lowerBound: boolean; pandemic: boolean };

export type TrendSummary =
  | { kind: "none" }
  | { kind: "single"; latest: SeriesPoint }
  | {
      kind: "series";
      latest: SeriesPoint;
      previous: SeriesPoint;
      change: number;
      changePercent: number | null;
      cagr: number | null;
      first: SeriesPoint;
      comparable: SeriesPoint[];
    };

/** Compound annual growth rate between two values `years` apart; null where it is undefined. */
export function compoundAnnualGrowth(first: number, last: number, years: number): number | null {
  if (!(years > 0) || !(first > 0) || last < 0) return null;
  return (last / first) ** (1 / years) - 1;
}

export function percentChange(previous: number, latest: number): number | null {
  return previous > 0 ? (latest - previous) / previous : null;
}

/**
 * Summarises a series, comparing only points of the same basis as the latest one (a change of
 * source is a series break: CMP's imputed figures are not compared with CBP's published sums).
 */
export function summariseTrend(points: readonly SeriesPoint[]): TrendSummary {
  const withValues = points.filter((point) => point.value !== null).sort((a, b) => a.year - b.year);
  const latest = withValues.at(-1);
  if (!latest) return { kind: "none" };
  const comparable = withValues.filter((point) => point.basis === latest.basis);
  if (comparable.length < 2) return { kind: "single", latest };
  const previous = comparable.at(-2)!;
  const first = comparable[0]!;
  return {
    kind: "series",
    latest,
    previous,
    first,
    comparable,
    change: latest.value! - previous.value!,
    changePercent: percentChange(previous.value!, latest.value!),
    cagr: compoundAnnualGrowth(first.value!, latest.value!, latest.year - first.year),
  };
}
