import type { Locale } from "../../i18n/routing";
import { formatters, localName } from "../format";
import type { RankedBar, ReferenceMark } from "./bars";
import { chartColors } from "./colors";

/**
 * The ranked-bar mappings the pages and the slides share: a cluster ranking by LQ or by jobs, a
 * cluster's regions by LQ, and the reference lines drawn across them. One mapping, so a slide draws
 * exactly the bars, labels and colours of the chart it was added from.
 */
type ClusterRow = {
  clusterCode: number;
  nameEn: string;
  nameEs: string;
  clusterType: string;
  locationQuotient: number | null;
  employment: number | null;
  employmentReported: number | null;
  employmentIsLowerBound: boolean;
};

/** Traded and local clusters keep one colour each on every chart and slide. */
export const clusterTypeColor = (row: { clusterType: string }) =>
  row.clusterType === "traded" ? chartColors.traded : chartColors.local;

/** Clusters by location quotient (rows that have one). */
export function lqBars(rows: readonly ClusterRow[], locale: Locale): RankedBar[] {
  const format = formatters(locale);
  return rows
    .filter((row) => row.locationQuotient !== null)
    .map((row) => ({
      key: String(row.clusterCode),
      label: localName(locale, row),
      value: row.locationQuotient!,
      valueLabel: format.lq(row.locationQuotient),
      color: clusterTypeColor(row),
    }));
}

/** Clusters by jobs: a missing figure is a zero-length bar labelled "—", a lower bound keeps its ≥, a filled-in figure its *. */
export function employmentBars(rows: readonly ClusterRow[], locale: Locale): RankedBar[] {
  const format = formatters(locale);
  return rows.map((row) => ({
    key: String(row.clusterCode),
    label: localName(locale, row),
    value: row.employment ?? 0,
    ...(row.employment === null ? { missing: true } : {}),
    valueLabel: format.jobsMarked(row),
    color: clusterTypeColor(row),
  }));
}

/** One cluster's regions by location quotient (the cluster page's chart and its slide). */
export function regionLqBars(
  rows: readonly { regionCode: string; region: { nameEn: string; nameEs: string }; locationQuotient: number | null }[],
  locale: Locale,
): RankedBar[] {
  const format = formatters(locale);
  return rows
    .filter((row) => row.locationQuotient !== null)
    .map((row) => ({
      key: row.regionCode,
      label: localName(locale, row.region),
      value: row.locationQuotient!,
      valueLabel: format.lq(row.locationQuotient),
      color: chartColors.traded,
    }));
}

/** LQ = 1: the benchmark's own share. */
export const nationalAverageMark = (label: string): ReferenceMark => ({
  value: 1,
  label,
  color: chartColors.reference,
});

/** The two job thresholds, the lower one labelled at the bottom so the two labels never meet. */
export function thresholdMarks(
  t1: number,
  t2: number,
  locale: Locale,
  label: (value: string) => string,
): ReferenceMark[] {
  const format = formatters(locale);
  return [
    { value: t1, label: label(format.integer(t1)), color: chartColors.threshold },
    { value: t2, label: label(format.integer(t2)), color: chartColors.threshold },
  ];
}
