/** One bar of a ranked bar chart: what the chart, its table, its image and its slide all draw. */
export type RankedBar = {
  key: string;
  label: string;
  value: number;
  valueLabel: string;
  color: string;
  /** A second, smaller line under the label (the bar's measure and date). */ sublabel?: string;
  /** No figure: drawn as its "—" label with no bar (value is 0 only to place it), never as a zero. */
  missing?: boolean;
};

/** A vertical reference line (LQ = 1, a job threshold) with its label (drawn above the plot, never over a bar). */
export type ReferenceMark = { value: number; label: string; color: string };

/**
 * One bubble of a scatter: x = location quotient, y = wage, change or a count, size = employment.
 * Coloured by `color` when given, else traded / local.
 */
export type Bubble = {
  key: string;
  label: string;
  x: number;
  y: number;
  size: number;
  traded: boolean;
  tooltip: string;
  color?: string;
  /** Higher is labelled first (else the larger bubble). */ labelPriority?: number;
};

/** One line of a time-series chart; `label` names it in the legend, points are months ("2020-03") or years. */
export type LineSeries = { key: string; label: string; color: string; points: { x: string; value: number | null }[] };
/** A shaded span of the x axis (the COVID-19 months) with its label. */
export type ShadedSpan = { from: string; to: string; label: string };
