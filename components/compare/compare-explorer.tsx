"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useId } from "react";
import type { Locale } from "@/i18n/routing";
import { ChartFrame } from "@/components/charts/chart-frame";
import { Legend } from "@/components/charts/legend";
import { RankedBarChart } from "@/components/charts/ranked-bar-chart";
import { DownloadCsvLink } from "@/components/ui/download-link";
import { TableScroll } from "@/components/ui/table-scroll";
import {
  barViewCluster,
  clusterAcrossRegions,
  comparisonViewRows,
  heatmapGrid,
  highlightedRegionCodes,
} from "@/lib/calculations/compare";
import { chartColors, highlightColor } from "@/lib/charts/colors";
import type { ComparisonData } from "@/lib/compare-data";
import { comparisonQueryKey, fetchComparison } from "@/lib/compare-query";
import { exportHref } from "@/lib/export/href";
import { compareDefaults, maxComparedRegions, oneRegionChoice, type CompareFilters } from "@/lib/filter-defaults";
import { chartRegionLabel, formatters, localName, localText } from "@/lib/format";
import type { PeerSetSummary } from "@/lib/queries/compare";
import { useUrlState, type UrlStateRules } from "@/lib/use-url-state";
import { LqHeatmap } from "./lq-heatmap";
import { RegionPicker } from "./region-picker";

const compareRules: UrlStateRules<CompareFilters> = { defaults: compareDefaults, normalize: oneRegionChoice };

/** The comparison's island: region picker, peer-set presets, and the bars, heatmap and table views. */
export function CompareExplorer({ sets, filters: serverFilters }: { sets: PeerSetSummary[]; filters: CompareFilters }) {
  const locale = useLocale() as Locale;
  const t = useTranslations("compare");
  const tc = useTranslations("chart");
  const format = formatters(locale);
  const [filters, update] = useUrlState(serverFilters, compareRules);
  const { data, isFetching, isError } = useQuery({
    queryKey: comparisonQueryKey(filters.r, filters.set),
    queryFn: () => fetchComparison(filters.r, filters.set),
    placeholderData: keepPreviousData,
  });
  const tableHeadingId = useId();
  if (!data) return <p className="notice">{isError ? t("loadError") : t("loading")}</p>;

  const codes = data.regions.map((region) => region.code);
  const regionName = (code: string) => {
    const region = data.regions.find((entry) => entry.code === code);
    return region ? localName(locale, region) : code;
  };
  const clusters = data.clusters.filter((cluster) => filters.type === "all" || cluster.type === "traded");
  const clusterCodes = clusters.map((cluster) => cluster.code);
  const clusterLabel = (code: number) => {
    const cluster = data.clusters.find((entry) => entry.code === code);
    return cluster ? localName(locale, cluster) : String(code);
  };
  const barCluster = barViewCluster(data.cells, codes, clusterCodes, filters.cluster);
  const sources = [...new Set(data.cells.map((cell) => cell.sourceTitle))];
  const coverage =
    data.year === null ? t("noFigures") : t("coverage", { year: data.year, sources: sources.join("; ") });
  const setRegions = (r: string[]) => update({ r, set: "" });
  const exportParams = {
    ...(filters.r.length > 0 ? { r: codes.join(",") } : { set: data.set?.key ?? filters.set }),
    view: filters.view,
    metric: filters.metric,
    type: filters.type,
    ...(filters.view === "bars" && barCluster !== null
      ? { cluster: barCluster }
      : filters.view === "table" && filters.cluster !== null
        ? { cluster: filters.cluster }
        : {}),
  };
  const deckParams = Object.fromEntries(Object.entries(exportParams).map(([name, value]) => [name, String(value)]));
  const imageStem = `calibaja-compare-${data.set?.key ?? `${codes.length}-regions`}-${data.year ?? ""}`;
  const lqLegend = [
    { label: t("legendHome"), color: highlightColor },
    { label: t("legendOther"), color: chartColors.traded },
    { label: tc("nationalAverage"), color: chartColors.reference },
  ];

  const viewTabs = (
    <div className="segmented" role="group" aria-label={t("viewLabel")}>
      {(["heatmap", "bars", "table"] as const).map((view) => (
        <button
          key={view}
          type="button"
          className="button"
          aria-pressed={filters.view === view}
          onClick={() => update({ view })}
          data-testid={`view-${view}`}
        >
          {t(`view.${view}`)}
        </button>
      ))}
    </div>
  );
  const typeSelect = (
    <label className="inline-field">
      {t("clustersShown")}
      <select
        value={filters.type}
        onChange={(event) => update({ type: event.target.value as CompareFilters["type"] })}
        data-testid="compare-type"
      >
        <option value="traded">{t("typeTraded")}</option>
        <option value="all">{t("typeAll")}</option>
      </select>
    </label>
  );
  const clusterSelect = (allowAll: boolean) => (
    <label className="inline-field">
      {t("cluster")}
      <select
        value={allowAll ? (filters.cluster ?? "") : (barCluster ?? "")}
        onChange={(event) => update({ cluster: event.target.value === "" ? null : Number(event.target.value) })}
        data-testid="compare-cluster"
      >
        {allowAll ? <option value="">{t("allClusters")}</option> : null}
        {[...clusters]
          .sort((a, b) => localName(locale, a).localeCompare(localName(locale, b), locale))
          .map((cluster) => (
            <option key={cluster.code} value={cluster.code}>
              {localName(locale, cluster)}
            </option>
          ))}
      </select>
    </label>
  );
  const metricSelect = (
    <label className="inline-field">
      {t("measure")}
      <select
        value={filters.metric}
        onChange={(event) => update({ metric: event.target.value as CompareFilters["metric"] })}
        data-testid="compare-metric"
      >
        <option value="lq">{t("metricLq")}</option>
        <option value="jobs">{t("metricJobs")}</option>
      </select>
    </label>
  );

  return (
    <div className="compare" data-testid="compare" aria-busy={isFetching}>
      <section className="compare-regions" aria-label={t("regionsLabel")}>
        <div className="preset-row" role="group" aria-label={t("presets")}>
          <span>{t("presets")}</span>
          {sets.map((set) => (
            <button
              key={set.key}
              type="button"
              className="button"
              aria-pressed={filters.r.length === 0 && data.set?.key === set.key}
              onClick={() => update({ r: [], set: set.key, cluster: null })}
              data-testid={`preset-${set.key}`}
            >
              {localName(locale, set)}
            </button>
          ))}
        </div>
        {data.set ? (
          <p className="set-description" data-testid="set-description">
            {localText(locale, { en: data.set.descriptionEn, es: data.set.descriptionEs })}
          </p>
        ) : null}
        <ul className="region-chips" data-testid="compared-regions">
          {data.regions.map((region) => {
            const similarity = data.similarity.find((entry) => entry.regionCode === region.code)?.similarity;
            return (
              <li key={region.code} className={highlightedRegionCodes.has(region.code) ? "home" : undefined}>
                <span>{localName(locale, region)}</span>
                {similarity !== undefined ? (
                  <small>{t("similarity", { value: format.decimal(similarity) })}</small>
                ) : null}
                <button
                  type="button"
                  aria-label={t("remove", { region: localName(locale, region) })}
                  disabled={codes.length <= 1}
                  onClick={() => setRegions(codes.filter((code) => code !== region.code))}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
        <RegionPicker
          chosen={codes}
          full={codes.length >= maxComparedRegions}
          onAdd={(code) => setRegions([...codes, code])}
        />
      </section>

      <div className="compare-toolbar">
        {viewTabs}
        {typeSelect}
      </div>

      {data.year === null ? (
        <p className="notice">{t("noFigures")}</p>
      ) : filters.view === "heatmap" ? (
        <HeatmapView
          data={data}
          codes={codes}
          clusterCodes={clusterCodes}
          regionName={regionName}
          clusterLabel={clusterLabel}
          coverage={coverage}
          exportHref={exportHref("compare", exportParams, locale)}
          imageName={`${imageStem}-heatmap`}
          deckParams={deckParams}
        />
      ) : filters.view === "bars" && barCluster !== null ? (
        (() => {
          const { ranked, missing } = clusterAcrossRegions(data.cells, codes, barCluster, filters.metric);
          const value = (cell: (typeof ranked)[number]) =>
            filters.metric === "lq" ? cell.locationQuotient! : cell.employment!;
          const label = (cell: (typeof ranked)[number]) =>
            filters.metric === "lq" ? format.lq(cell.locationQuotient) : format.jobsMarked(cell);
          const title = t(filters.metric === "lq" ? "barsTitleLq" : "barsTitleJobs", {
            cluster: clusterLabel(barCluster),
            year: data.year!,
          });
          return (
            <ChartFrame
              id="compare-bars"
              title={title}
              subtitle={t("barsSubtitle", { count: codes.length })}
              coverage={coverage}
              notes={[
                ...(missing.length > 0 ? [t("missingRegions", { regions: missing.map(regionName).join(", ") })] : []),
                ...(filters.metric === "jobs" ? [t("filledNote")] : []),
              ]}
              controls={
                <>
                  {clusterSelect(false)}
                  {metricSelect}
                </>
              }
              summary={
                ranked.length
                  ? tc(filters.metric === "lq" ? "summaryLq" : "summaryEmployment", {
                      count: ranked.length,
                      first: regionName(ranked[0]!.regionCode),
                      firstValue: label(ranked[0]!),
                      above: ranked.filter((cell) => (cell.locationQuotient ?? 0) > 1).length,
                    })
                  : tc("empty")
              }
              table={
                <CompareTable
                  rows={ranked.map((cell) => ({ clusterCode: barCluster, regionCode: cell.regionCode, cell }))}
                  regionName={regionName}
                  clusterLabel={clusterLabel}
                  headingId={tableHeadingId}
                  caption={title}
                />
              }
              actions={<DownloadCsvLink href={exportHref("compare", exportParams, locale)} testId="compare-csv" />}
              imageName={`${imageStem}-${barCluster}-${filters.metric}`}
              legend={filters.metric === "lq" ? lqLegend : lqLegend.slice(0, 2)}
              deckItem={{ kind: "compare", params: deckParams }}
            >
              {ranked.length ? (
                <>
                  <RankedBarChart
                    axisLabel={filters.metric === "lq" ? t("lqAxis") : t("jobsAxis", { year: data.year! })}
                    bars={ranked.map((cell) => ({
                      key: cell.regionCode,
                      label: chartRegionLabel(regionName(cell.regionCode)),
                      value: value(cell),
                      valueLabel: label(cell),
                      color: highlightedRegionCodes.has(cell.regionCode) ? highlightColor : chartColors.traded,
                    }))}
                    references={
                      filters.metric === "lq"
                        ? [{ value: 1, label: tc("nationalAverage"), color: chartColors.reference }]
                        : []
                    }
                  />
                  <Legend items={filters.metric === "lq" ? lqLegend : lqLegend.slice(0, 2)} />
                </>
              ) : (
                <p className="notice">{tc("empty")}</p>
              )}
            </ChartFrame>
          );
        })()
      ) : (
        <section className="chart-frame" aria-labelledby={tableHeadingId} data-chart="compare-table">
          <header className="chart-header">
            <div>
              <h2 id={tableHeadingId}>
                {filters.cluster !== null
                  ? t("tableTitleCluster", { cluster: clusterLabel(filters.cluster), year: data.year })
                  : t("tableTitle", { year: data.year })}
              </h2>
              <p className="chart-subtitle">{t("tableSubtitle")}</p>
            </div>
            <div className="chart-actions">
              <DownloadCsvLink href={exportHref("compare", exportParams, locale)} testId="compare-csv" />
            </div>
          </header>
          <div className="chart-controls">
            {clusterSelect(true)}
            {filters.cluster !== null ? metricSelect : null}
          </div>
          <CompareTable
            rows={comparisonViewRows(data.cells, codes, clusterCodes, filters)}
            regionName={regionName}
            clusterLabel={clusterLabel}
            headingId={tableHeadingId}
            testId="compare-table"
          />
          <p className="coverage-line">{coverage}</p>
          <ul className="chart-notes">
            <li>{t("filledNote")}</li>
            <li>{t("rankNote")}</li>
          </ul>
        </section>
      )}
    </div>
  );
}

function HeatmapView({
  data,
  codes,
  clusterCodes,
  regionName,
  clusterLabel,
  coverage,
  exportHref: href,
  imageName,
  deckParams,
}: {
  data: ComparisonData;
  codes: string[];
  clusterCodes: number[];
  regionName: (code: string) => string;
  clusterLabel: (code: number) => string;
  coverage: string;
  exportHref: string;
  imageName: string;
  deckParams: Record<string, string>;
}) {
  const locale = useLocale() as Locale;
  const t = useTranslations("compare");
  const format = formatters(locale);
  const grid = heatmapGrid(data.cells, codes, clusterCodes);
  const title = t("heatmapTitle", { year: data.year! });
  const headingId = useId();
  const strongest = grid[0];
  return (
    <ChartFrame
      id="compare-heatmap"
      title={title}
      subtitle={t("heatmapSubtitle", { clusters: grid.length, regions: codes.length })}
      coverage={coverage}
      notes={[t("heatmapNote")]}
      summary={
        strongest
          ? t("heatmapSummary", {
              clusters: grid.length,
              regions: codes.length,
              first: clusterLabel(strongest.clusterCode),
            })
          : t("noFigures")
      }
      table={
        <TableScroll labelledBy={headingId}>
          <table className="data-table" data-testid="compare-heatmap-grid">
            <caption id={headingId}>{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t("cluster")}</th>
                {codes.map((code) => (
                  <th key={code} scope="col">
                    {regionName(code)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {grid.map((row) => (
                <tr key={row.clusterCode}>
                  <th scope="row">{clusterLabel(row.clusterCode)}</th>
                  {row.cells.map((cell, index) => (
                    <td key={codes[index]} className="num">
                      {cell ? format.lq(cell.locationQuotient) : "—"}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      }
      actions={<DownloadCsvLink href={href} testId="compare-csv" />}
      imageName={imageName}
      deckItem={{ kind: "compare", params: deckParams }}
    >
      <LqHeatmap
        columns={codes.map((code) => ({
          key: code,
          label: chartRegionLabel(regionName(code)),
          highlighted: highlightedRegionCodes.has(code),
        }))}
        rows={grid.map((row) => ({
          key: String(row.clusterCode),
          label: clusterLabel(row.clusterCode),
          cells: row.cells.map((cell) =>
            cell ? { lq: cell.locationQuotient!, label: format.lq(cell.locationQuotient) } : null,
          ),
        }))}
        labels={{
          missing: t("heatmapMissing"),
          below: t("heatmapBelow"),
          neutral: t("heatmapNeutral"),
          above: t("heatmapAbove"),
        }}
      />
    </ChartFrame>
  );
}

type TableRow = { clusterCode: number; regionCode: string; cell: ComparisonData["cells"][number] | null };

/** Employment, LQ, wage and CMP's national ranks, one row per region and cluster; missing stays "—". */
function CompareTable({
  rows,
  regionName,
  clusterLabel,
  headingId,
  caption,
  testId,
}: {
  rows: TableRow[];
  regionName: (code: string) => string;
  clusterLabel: (code: number) => string;
  headingId: string;
  caption?: string;
  testId?: string;
}) {
  const locale = useLocale() as Locale;
  const t = useTranslations("compare");
  const format = formatters(locale);
  return (
    <TableScroll labelledBy={headingId}>
      <table className="data-table" data-testid={testId}>
        {caption ? <caption>{caption}</caption> : null}
        <thead>
          <tr>
            <th scope="col">{t("cluster")}</th>
            <th scope="col">{t("region")}</th>
            <th scope="col" className="num">
              {t("colJobs")}
            </th>
            <th scope="col" className="num">
              {t("colLq")}
            </th>
            <th scope="col" className="num">
              {t("colWage")}
            </th>
            <th scope="col" className="num">
              {t("colRankJobs")}
            </th>
            <th scope="col" className="num">
              {t("colRankLq")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ clusterCode, regionCode, cell }) => (
            <tr
              key={`${clusterCode}-${regionCode}`}
              className={highlightedRegionCodes.has(regionCode) ? "home-row" : undefined}
              data-cluster={clusterCode}
              data-region={regionCode}
              data-jobs={cell?.employment ?? ""}
              data-lq={cell?.locationQuotient ?? ""}
            >
              <td>{clusterLabel(clusterCode)}</td>
              <th scope="row">{regionName(regionCode)}</th>
              <td className="num">{cell ? format.jobsMarked(cell) : "—"}</td>
              <td className="num">{format.lq(cell?.locationQuotient)}</td>
              <td className="num">{format.usd(cell?.averageWageUsd)}</td>
              <td className="num">{format.integer(cell?.nationalRankEmployment)}</td>
              <td className="num">{format.integer(cell?.nationalRankLq)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
