import type { Locale } from "../../i18n/routing";
import { formatters, localName } from "../format";
import type { ManufacturingBar, PlantCount } from "../queries/binational";
import type { InsuredMonth } from "../queries/insured";
import { imssDivisionName } from "../reference/imss";
import { isPandemicMonth } from "../reference/periods";
import type { BothSidesRow } from "../calculations/both-sides";
import type { Bubble, LineSeries, RankedBar, ShadedSpan } from "./bars";
import { categoryColors, otherColor, sideColors } from "./colors";

const name = (locale: Locale, entry: { nameEn: string | null; nameEs: string | null }) =>
  localName(locale, entry) ?? "";

/**
 * The two-sided manufacturing chart's bars: every bar names its region and its measure (CBP
 * employees, or IMSS permanent workers), and is coloured by side. The page, its image and its slide
 * all draw these.
 */
export function manufacturingBars(
  bars: readonly ManufacturingBar[],
  locale: Locale,
  measureLabel: (bar: ManufacturingBar) => string,
): RankedBar[] {
  const format = formatters(locale);
  return bars
    .filter((bar) => bar.value !== null)
    .map((bar) => ({
      key: bar.regionCode,
      label: name(locale, bar),
      sublabel: measureLabel(bar),
      value: bar.value!,
      valueLabel: format.jobs(bar.value, bar.lowerBound),
      color: sideColors[bar.side],
    }));
}

/** Large establishments by cluster, largest count first. */
export function plantBars(counts: readonly PlantCount[], locale: Locale): RankedBar[] {
  const format = formatters(locale);
  return counts.map((count) => ({
    key: String(count.clusterCode),
    label: name(locale, count),
    value: count.count,
    valueLabel: format.integer(count.count),
    color: sideColors.MX,
  }));
}

const monthKey = (row: { year: number; month: number }) => `${row.year}-${String(row.month).padStart(2, "0")}`;

/**
 * One line per IMSS division (one measure only), months on the x axis, and the COVID-19 months shaded;
 * a missing month stays a gap in its line.
 */
export function insuredLines(
  rows: readonly InsuredMonth[],
  locale: Locale,
  pandemicLabel: string,
): { series: LineSeries[]; shaded: ShadedSpan[]; months: string[] } {
  const months = [...new Set(rows.map(monthKey))].sort();
  const divisions = [...new Set(rows.map((row) => row.sectorCode))].sort();
  const series = divisions.map((division, index) => ({
    key: division,
    label: imssDivisionName(locale, division),
    color: categoryColors[index % categoryColors.length] ?? otherColor,
    points: months.map((month) => ({
      x: month,
      value: rows.find((row) => row.sectorCode === division && monthKey(row) === month)?.value ?? null,
    })),
  }));
  const pandemic = months.filter((month) => isPandemicMonth(Number(month.slice(0, 4)), Number(month.slice(5))));
  return {
    series,
    months,
    shaded: pandemic.length ? [{ from: pandemic[0]!, to: pandemic.at(-1)!, label: pandemicLabel }] : [],
  };
}

/** The colour of a cluster strong on both sides; the others are grey. */
export const bothSidesColor = "#D55E00";

/**
 * Clusters strong on both sides as a scatter: x = the U.S. side's LQ, y = large plants in the Mexican
 * municipios, size = the U.S. side's jobs. A cluster without an LQ or jobs cannot be placed and stays
 * in the table only; strong-on-both clusters are coloured and labelled first.
 */
export function bothSidesBubbles(
  rows: readonly BothSidesRow[],
  locale: Locale,
  tooltip: (row: BothSidesRow) => string,
): Bubble[] {
  return rows
    .filter((row) => row.usLq !== null && row.usLq > 0 && row.usJobs !== null)
    .map((row) => ({
      key: String(row.clusterCode),
      label: name(locale, row),
      x: row.usLq!,
      y: row.mxPlants,
      size: row.usJobs!,
      traded: true,
      tooltip: tooltip(row),
      color: row.strongOnBoth ? bothSidesColor : otherColor,
      // Strong on both sides by both measures at once: many plants and a high LQ name the shared specialisations first.
      labelPriority: row.strongOnBoth ? row.mxPlants * row.usLq! : 0,
    }));
}
