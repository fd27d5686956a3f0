import "server-only";
import { sentenceName } from "../sentence-name";
import { getTranslations } from "next-intl/server";
import { intlLocale, type Locale } from "@/i18n/routing";
import { employmentBars, lqBars, nationalAverageMark, regionLqBars, thresholdMarks } from "../charts/ranking";
import type { RankedBar, ReferenceMark } from "../charts/bars";
import type { Bubble, LineSeries, ShadedSpan } from "../charts/bars";
import { chartColors } from "../charts/colors";

export type LegendItem = { label: string; color: string };
import { buildBinationalSlide } from "./binational-slides";
import { buildCompareSlide } from "./compare-slides";
import type { HeatmapColumn, HeatmapLabels, HeatmapRow } from "../charts/heatmap";
import { countAtOrAbove, overviewChartRows } from "../calculations/ranking";
import { describeRankingCoverage } from "../coverage-line";
import { decodeDeckItem, defaultDeck, maxDeckSlides, type DeckItem } from "../deck";
import { overviewFilters, regionFilters } from "../filters";
import { localName, formatters } from "../format";
import { getCluster, getClusterObservations } from "../queries/cluster-detail";
import { loadOverviewRows } from "../overview-data";
import { getRegionPortfolio } from "../queries/portfolio";
import { getRegion } from "../queries/regions";
import { parseFilters } from "../search-params";
import { latestLqByRegion } from "../calculations/latest-lq";
import { resolveViewYears } from "../view-years";

/** Every chart slide may carry the reader's own title (shown above the generated one). */
type ChartSlide = { customTitle?: string };

export type Slide =
  | { kind: "title"; title: string; subtitle: string; note: string }
  | (ChartSlide & {
      kind: "bars";
      title: string;
      takeaway: string;
      bars: RankedBar[];
      references: ReferenceMark[];
      /** What the bar colours and dashed lines mean (empty when one colour says nothing). */
      legend: LegendItem[];
      axisLabel: string;
      source: string;
    })
  | (ChartSlide & {
      kind: "bubbles";
      title: string;
      takeaway: string;
      bubbles: Bubble[];
      legend: LegendItem[];
      xLabel: string;
      yLabel: string;
      yKind: "wage" | "change" | "count";
      source: string;
    })
  | (ChartSlide & {
      kind: "lines";
      title: string;
      takeaway: string;
      series: LineSeries[];
      shaded: ShadedSpan[];
      axisLabel: string;
      source: string;
    })
  | (ChartSlide & {
      kind: "heatmap";
      title: string;
      takeaway: string;
      columns: HeatmapColumn[];
      rows: HeatmapRow[];
      labels: HeatmapLabels;
      source: string;
    });

/**
 * A deck's slides in order: its title slide, then one per view that could be built. `skipped` names the
 * views that could not (unreadable in the link, or no data for their filters).
 */
export async function buildDeck(
  linked: string[],
  locale: Locale,
): Promise<{ slides: Slide[]; items: DeckItem[]; skipped: string[]; requested: number; isDefault: boolean }> {
  const t = await getTranslations({ locale, namespace: "present" });
  const requested = linked.slice(0, maxDeckSlides);
  const decoded = requested.map((text) => ({ text, item: decodeDeckItem(text) }));
  const items: DeckItem[] = requested.length
    ? decoded.flatMap((entry) => (entry.item ? [entry.item] : []))
    : defaultDeck;
  const built = await Promise.all(items.map((item) => buildSlide(item, locale)));
  // Shown back to the reader shortened: a link is not a place to echo long input.
  const shown = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);
  const skipped = [
    ...decoded.filter((entry) => !entry.item).map((entry) => shown(entry.text)),
    ...items.filter((_, index) => !built[index]).map((item) => item.kind),
  ];
  const date = new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: "long" }).format(new Date());
  const slides: Slide[] = [
    { kind: "title", title: t("title"), subtitle: t("subtitle", { date }), note: t("sourcesLine") },
    ...built.flatMap((slide, index) => {
      if (!slide || slide.kind === "title") return [];
      const title = items[index]!.title;
      return [title ? { ...slide, customTitle: title } : slide];
    }),
  ];
  return {
    slides,
    // The views behind the chart slides, in the same order (what the deck editor reorders and renames).
    items: items.filter((_, index) => built[index] && built[index].kind !== "title"),
    skipped,
    requested: linked.length,
    isDefault: requested.length === 0,
  };
}

/** Builds one slide per deck view with the same queries as the pages; unreadable views return null. */
export async function buildSlide(item: DeckItem, locale: Locale): Promise<Slide | null> {
  const t = await getTranslations({ locale, namespace: "present" });
  const to = await getTranslations({ locale, namespace: "overview" });
  const tr = await getTranslations({ locale, namespace: "region" });
  const tc = await getTranslations({ locale, namespace: "chart" });
  const format = formatters(locale);
  const name = (entry: { nameEn: string; nameEs: string }) => localName(locale, entry);
  const typeLegend = [
    { label: to("legendTraded"), color: chartColors.traded },
    { label: to("legendLocal"), color: chartColors.local },
  ];

  if (item.kind === "lq" || item.kind === "employment") {
    const { values, invalid } = parseFilters(overviewFilters, item.params);
    const region = await getRegion(values.region);
    if (invalid.length || !region) return null;
    const data = await loadOverviewRows(values);
    if (!data) return null;
    const { byLq, byEmployment } = overviewChartRows({
      yearRows: data.yearRows,
      lqRows: data.lqRows,
      top: values.top,
      minJobs: values.min,
      view: values.view,
    });
    if (item.kind === "lq") {
      const first = byLq[0];
      const coverage = await describeRankingCoverage(data.lqRows, name(region), data.lqYear ?? data.year);
      return {
        kind: "bars",
        title: `${to("lqChartTitle", { year: data.lqYear ?? "" })} · ${name(region)}`,
        takeaway: first
          ? t("lqTakeaway", {
              cluster: localName(locale, first),
              lq: format.decimal(Math.round(first.locationQuotient! * 10) / 10),
              region: sentenceName(locale, region),
              min: format.integer(values.min),
            })
          : t("lqNone", { region: sentenceName(locale, region, { start: true }) }),
        bars: lqBars(byLq, locale),
        references: [nationalAverageMark(tc("nationalAverage"))],
        legend: [...typeLegend, { label: tc("nationalAverage"), color: chartColors.reference }],
        axisLabel: to("lqAxis"),
        source: coverage.lq,
      };
    }
    const employmentYear = values.view === "concentrated" ? (data.lqYear ?? data.year) : data.year;
    const coverage = await describeRankingCoverage(
      values.view === "concentrated" ? data.lqRows : data.yearRows,
      name(region),
      employmentYear,
    );
    const { t1, t2 } = values;
    const counted = values.view === "concentrated" ? byEmployment : data.yearRows;
    const counts = countAtOrAbove(counted, [t1, t2]);
    const sentenceValues = {
      lowerBound: String(counted.some((row) => row.employmentIsLowerBound)),
      count1: counts[0]!,
      count2: counts[1]!,
      t1: format.integer(t1),
      t2: format.integer(t2),
      region: name(region),
      year: employmentYear,
    };
    return {
      kind: "bars",
      title: `${to("employmentChartTitle", { year: employmentYear })} · ${name(region)}`,
      takeaway:
        values.view === "concentrated"
          ? to("thresholdSentenceConcentrated", {
              ...sentenceValues,
              considered: byEmployment.length,
              min: format.integer(values.min),
            })
          : to("thresholdSentenceLargest", { ...sentenceValues, considered: data.yearRows.length }),
      bars: employmentBars(byEmployment, locale),
      legend: [...typeLegend, { label: to("legendThreshold"), color: chartColors.threshold }],
      references: thresholdMarks(t1, t2, locale, (value) => tc("threshold", { value })),
      axisLabel: to("jobsAxis"),
      source: coverage.employment,
    };
  }

  if (item.kind === "portfolio") {
    const { values, invalid } = parseFilters(regionFilters, item.params);
    const region = item.params.code ? await getRegion(item.params.code) : null;
    if (invalid.length || !region) return null;
    const { lqYear } = await resolveViewYears(region.code, values.year);
    if (lqYear === null) return null;
    const { rows, points, yKind, yRange } = await getRegionPortfolio(region.code, lqYear, values.y);
    if (points.length === 0) return null;
    const coverage = await describeRankingCoverage(rows, name(region), lqYear);
    return {
      kind: "bubbles",
      title: `${tr("portfolio", { year: lqYear })} · ${name(region)}`,
      takeaway: t("portfolioTakeaway", {
        above: points.filter((point) => point.locationQuotient > 1).length,
        count: points.length,
        region: sentenceName(locale, region),
      }),
      legend: typeLegend,
      bubbles: points.map((point) => ({
        key: String(point.clusterCode),
        label: localName(locale, point),
        x: point.locationQuotient,
        y: point.y,
        size: point.employment,
        traded: point.clusterType === "traded",
        tooltip: localName(locale, point),
      })),
      xLabel: tr("xAxis"),
      yLabel:
        yKind === "wage" ? tr("yWageAxis") : tr("yChangeAxis", { from: yRange?.from ?? "", to: yRange?.to ?? "" }),
      yKind,
      source: coverage.lq,
    };
  }

  if (item.kind === "compare") return buildCompareSlide(item, locale);
  if (item.kind !== "cluster") return buildBinationalSlide(item, locale);
  const code = Number(item.params.code);
  const cluster = Number.isInteger(code) ? await getCluster(code) : null;
  if (!cluster) return null;
  const { year, rows } = latestLqByRegion(await getClusterObservations(cluster.code));
  if (year === null) return null;
  return {
    kind: "bars",
    title: `${localName(locale, cluster)} · ${year}`,
    takeaway: t("clusterTakeaway", {
      cluster: localName(locale, cluster),
      region: sentenceName(locale, rows[0]!.region),
      lq: format.lq(rows[0]!.locationQuotient),
    }),
    bars: regionLqBars(rows, locale),
    references: [nationalAverageMark(tc("nationalAverage"))],
    legend: [{ label: tc("nationalAverage"), color: chartColors.reference }],
    axisLabel: to("lqAxis"),
    source: [...new Set(rows.map((row) => row.source.title))].join("; "),
  };
}
