import "server-only";
import { sentenceName } from "../sentence-name";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { barViewCluster, clusterAcrossRegions, heatmapGrid, highlightedRegionCodes } from "../calculations/compare";
import { chartColors, highlightColor } from "../charts/colors";
import { loadComparison } from "../compare-data";
import type { DeckItem } from "../deck";
import { compareFilters } from "../filters";
import { chartRegionLabel, localName, formatters } from "../format";
import { parseFilters } from "../search-params";
import type { Slide } from "./slides";

/** A heatmap slide lists the clusters the regions share most; the page and its CSV hold them all. */
const slideHeatmapRows = 12;

/** A comparison view as a slide: its bars for one cluster, or its heatmap (top rows), built by the page's own rules. */
export async function buildCompareSlide(item: DeckItem, locale: Locale): Promise<Slide | null> {
  const { values, invalid } = parseFilters(compareFilters, item.params);
  if (invalid.length > 0) return null;
  const data = await loadComparison(values);
  if (data.year === null || data.unknownSet || data.regions.length === 0) return null;
  const t = await getTranslations({ locale, namespace: "compare" });
  const tp = await getTranslations({ locale, namespace: "present" });
  const tc = await getTranslations({ locale, namespace: "chart" });
  const format = formatters(locale);
  const codes = data.regions.map((region) => region.code);
  const regionName = (code: string) =>
    localName(
      locale,
      data.regions.find((region) => region.code === code)!,
    );
  const clusterCodes = data.clusters
    .filter((cluster) => values.type === "all" || cluster.type === "traded")
    .map((cluster) => cluster.code);
  const clusterLabel = (code: number) =>
    localName(
      locale,
      data.clusters.find((cluster) => cluster.code === code)!,
    );
  const source = t("coverage", {
    year: data.year,
    sources: [...new Set(data.cells.map((cell) => cell.sourceTitle))].join("; "),
  });

  if (values.view === "heatmap" || values.view === "table") {
    const grid = heatmapGrid(data.cells, codes, clusterCodes);
    const shown = grid.slice(0, slideHeatmapRows);
    return {
      kind: "heatmap",
      title: t("heatmapTitle", { year: data.year }),
      takeaway: shown[0]
        ? tp("compareHeatmapTakeaway", { cluster: clusterLabel(shown[0].clusterCode), regions: codes.length })
        : t("noFigures"),
      columns: codes.map((code) => ({
        key: code,
        label: chartRegionLabel(regionName(code)),
        highlighted: highlightedRegionCodes.has(code),
      })),
      rows: shown.map((row) => ({
        key: String(row.clusterCode),
        label: clusterLabel(row.clusterCode),
        cells: row.cells.map((cell) =>
          cell ? { lq: cell.locationQuotient!, label: format.lq(cell.locationQuotient) } : null,
        ),
      })),
      labels: {
        missing: t("heatmapMissing"),
        below: t("heatmapBelow"),
        neutral: t("heatmapNeutral"),
        above: t("heatmapAbove"),
      },
      source: `${tp("compareHeatmapShown", { shown: shown.length, total: grid.length })} ${source}`,
    };
  }
  const cluster = barViewCluster(data.cells, codes, clusterCodes, values.cluster);
  if (cluster === null) return null;
  const { ranked, missing } = clusterAcrossRegions(data.cells, codes, cluster, values.metric);
  const first = ranked[0];
  const lq = values.metric === "lq";
  return {
    kind: "bars",
    title: t(lq ? "barsTitleLq" : "barsTitleJobs", { cluster: clusterLabel(cluster), year: data.year }),
    takeaway: first
      ? tp(lq ? "compareLqTakeaway" : "compareJobsTakeaway", {
          region: sentenceName(
            locale,
            data.regions.find((region) => region.code === first.regionCode)!,
          ),
          cluster: clusterLabel(cluster),
          value: lq ? format.lq(first.locationQuotient) : format.jobsMarked(first),
          count: codes.length,
        })
      : tc("empty"),
    bars: ranked.map((cell) => ({
      key: cell.regionCode,
      label: chartRegionLabel(regionName(cell.regionCode)),
      value: lq ? cell.locationQuotient! : cell.employment!,
      valueLabel: lq ? format.lq(cell.locationQuotient) : format.jobsMarked(cell),
      color: highlightedRegionCodes.has(cell.regionCode) ? highlightColor : chartColors.traded,
    })),
    references: lq ? [{ value: 1, label: tc("nationalAverage"), color: chartColors.reference }] : [],
    legend: [
      { label: t("legendHome"), color: highlightColor },
      { label: t("legendOther"), color: chartColors.traded },
      ...(lq ? [{ label: tc("nationalAverage"), color: chartColors.reference }] : []),
    ],
    axisLabel: lq ? t("lqAxis") : t("jobsAxis", { year: data.year }),
    source:
      missing.length > 0 ? `${source} ${t("missingRegions", { regions: missing.map(regionName).join(", ") })}` : source,
  };
}
