/** A year of a trend card's line; a break marks the first year of a new source (a series break). */
export type SparkPoint = { year: number; value: number | null; seriesBreakBefore: boolean; pandemic: boolean };

export type SparklineGeometry = {
  /** A figure's dot: x in percent of the width (the line stretches to any card), y in pixels. */
  dots: { year: number; x: number; y: number; pandemic: boolean }[];
  /** The line between two neighbouring years of the same series that both have a figure. */
  segments: { from: number; to: number; x1: number; y1: number; x2: number; y2: number }[];
  /** Where a series break falls, half-way between the two years, in percent of the width. */
  breaks: number[];
};

/**
 * The sparkline drawn as plain SVG on the server: x in percent, so it needs no measuring and no chart
 * library in the browser. The line never joins a missing year, nor two years across a series break:
 * figures of different sources are not one line.
 */
export function sparklineGeometry(
  points: SparkPoint[],
  { height, top, bottom }: { height: number; top: number; bottom: number },
): SparklineGeometry {
  const years = points.map((point) => point.year);
  const [firstYear, lastYear] = [Math.min(...years), Math.max(...years)];
  const values = points.flatMap((point) => (point.value === null ? [] : [point.value]));
  const [low, high] = [Math.min(...values), Math.max(...values)];
  const x = (year: number) => (lastYear === firstYear ? 50 : ((year - firstYear) / (lastYear - firstYear)) * 100);
  const plotHeight = height - top - bottom;
  // A flat series sits in the middle rather than on an edge.
  const y = (value: number) =>
    high === low ? top + plotHeight / 2 : top + ((high - value) / (high - low)) * plotHeight;
  const dots = points.flatMap((point) =>
    point.value === null ? [] : [{ year: point.year, x: x(point.year), y: y(point.value), pandemic: point.pandemic }],
  );
  const segments = points.slice(1).flatMap((point, index) => {
    const previous = points[index]!;
    if (point.value === null || previous.value === null || point.seriesBreakBefore) return [];
    return [
      {
        from: previous.year,
        to: point.year,
        x1: x(previous.year),
        y1: y(previous.value),
        x2: x(point.year),
        y2: y(point.value),
      },
    ];
  });
  const breaks = points.filter((point) => point.seriesBreakBefore).map((point) => x(point.year - 0.5));
  return { dots, segments, breaks };
}
