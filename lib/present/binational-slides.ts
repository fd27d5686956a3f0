import "server-only";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { bothSidesBubbles, bothSidesColor, insuredLines, manufacturingBars, plantBars } from "../charts/binational";
import { publishedBars } from "../charts/published";
import { chartColors, otherColor, sideColors } from "../charts/colors";
import { loadBothSides, loadLargePlants, loadManufacturing, loadPublishedChart } from "../binational-data";
import type { DeckItem } from "../deck";
import { formatMonth, formatters, localName, shortSourceNames } from "../format";
import { getInsuredEmployment } from "../queries/insured";
import { getRegion } from "../queries/regions";
import type { Slide } from "./slides";

/** Slides of the binational views (manufacturing on both sides, large plants, a study's figures, IMSS series). */
export async function buildBinationalSlide(item: DeckItem, locale: Locale): Promise<Slide | null> {
  const t = await getTranslations({ locale, namespace: "binational" });
  const tc = await getTranslations({ locale, namespace: "chart" });
  const name = (entry: { nameEn: string; nameEs: string }) => localName(locale, entry);
  if (item.kind === "manufacturing") {
    const data = await loadManufacturing(item.params.year ? Number(item.params.year) : null);
    if (!data) return null;
    const month = formatMonth(locale, data.year, 2, "short");
    return {
      kind: "bars",
      title: t("manufacturingTitle", { month }),
      takeaway: t("neverSummed"),
      bars: manufacturingBars(data.bars, locale, (bar) => t(`measure.${bar.measure}`, { month })),
      references: [],
      legend: [
        { label: t("legendUs"), color: sideColors.US },
        { label: t("legendMx"), color: sideColors.MX },
      ],
      axisLabel: t("peopleAxis"),
      source: [...new Set(data.bars.map((bar) => bar.sourceTitle))].join("; "),
    };
  }
  if (item.kind === "plants") {
    const data = item.params.code ? await loadLargePlants(item.params.code) : null;
    if (!data || data.plants.byCluster.length === 0) return null;
    return {
      kind: "bars",
      title: t("plantsTitle", { region: name(data.region) }),
      takeaway: t("plantsNotJobs", { band: data.plants.sizeBands.join(", ") }),
      bars: plantBars(data.plants.byCluster, locale),
      references: [],
      legend: [],
      axisLabel: t("plantsAxis"),
      source: data.plants.sourceTitle,
    };
  }
  if (item.kind === "published") {
    const chart = item.params.chart === "output" ? "output" : "lq";
    const facts = await loadPublishedChart(chart);
    if (facts.length === 0) return null;
    return {
      kind: "bars",
      title: t(`published.${chart}Title`, { year: facts[0]!.yearAsStated }),
      takeaway: t(`published.${chart}Subtitle`),
      bars: publishedBars(chart, facts, locale),
      references: chart === "lq" ? [{ value: 1, label: tc("nationalAverage"), color: chartColors.reference }] : [],
      legend: chart === "lq" ? [{ label: tc("nationalAverage"), color: chartColors.reference }] : [],
      axisLabel: chart === "lq" ? t("published.lqAxis") : t("published.outputAxis"),
      source: facts[0]!.study ?? facts[0]!.sourceTitle,
    };
  }
  if (item.kind === "bothsides") {
    const data = await loadBothSides();
    if (!data) return null;
    const format = formatters(locale);
    const both = data.rows.filter((row) => row.strongOnBoth);
    return {
      kind: "bubbles",
      title: t("bothSidesTitle"),
      takeaway: t("bothSidesSummary", {
        count: both.length,
        clusters: both
          .slice(0, 5)
          .map((row) => localName(locale, row))
          .join(", "),
      }),
      legend: [
        { label: t("strongBothLegend"), color: bothSidesColor },
        { label: t("strongOneLegend"), color: otherColor },
      ],
      bubbles: bothSidesBubbles(data.rows, locale, (row) =>
        t("bothSidesTooltip", { cluster: localName(locale, row), lq: format.lq(row.usLq), plants: row.mxPlants }),
      ),
      xLabel: t("bothSidesXAxis", { year: data.lqYear }),
      yLabel: t("bothSidesYAxis"),
      yKind: "count",
      source: `U.S. Cluster Mapping Project ${data.lqYear}; ${data.plantsSource}`,
    };
  }
  if (item.kind === "insured") {
    const region = item.params.code ? await getRegion(item.params.code) : null;
    const measure = item.params.measure === "insured_jobs" ? "insured_jobs" : "permanent_workers";
    if (!region) return null;
    const rows = (await getInsuredEmployment(region.code)).filter((row) => row.measure === measure);
    if (rows.length === 0) return null;
    const ti = await getTranslations({ locale, namespace: "insured" });
    const { series, shaded } = insuredLines(rows, locale, t("covidMonths"));
    const tp = await getTranslations({ locale, namespace: "present" });
    const format = formatters(locale);
    const month = (x: string) => formatMonth(locale, Number(x.slice(0, 4)), Number(x.slice(5, 7)) - 1);
    // The headline follows the largest division from its first month to its last: one series, one source.
    const largest = series
      .map((line) => ({ line, points: line.points.filter((point) => point.value !== null) }))
      .filter((entry) => entry.points.length >= 2)
      .sort((a, b) => b.points.at(-1)!.value! - a.points.at(-1)!.value!)[0];
    return {
      kind: "lines",
      title: ti(`heading.${measure}`, { region: name(region) }),
      takeaway: largest
        ? tp(`insuredTakeaway.${measure}`, {
            division: largest.line.label,
            from: format.integer(largest.points[0]!.value),
            fromMonth: month(largest.points[0]!.x),
            to: format.integer(largest.points.at(-1)!.value),
            toMonth: month(largest.points.at(-1)!.x),
          })
        : ti(`note.${measure}`),
      series,
      shaded,
      axisLabel: t("peopleAxis"),
      source: `${shortSourceNames(rows)}. ${ti(`note.${measure}`)}`,
    };
  }
  return null;
}
