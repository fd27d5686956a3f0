/** The fields of one region's cluster figure these rules read. */
export type CompareCell = {
  regionCode: string;
  clusterCode: number;
  employment: number | null;
  locationQuotient: number | null;
};

/** The LQ at which the heatmap's colour is fully saturated (and its reciprocal, below): 4× or ¼ of the benchmark's share. */
export const lqSaturation = 4;
const neutral = [247, 247, 247] as const;
const above = [0, 114, 178] as const; // blue: more concentrated than the benchmark
const below = [213, 94, 0] as const; // vermillion: less concentrated

const mix = (from: readonly number[], to: readonly number[], t: number) =>
  from.map((value, index) => Math.round(value + (to[index]! - value) * t));
const hex = (rgb: number[]) => `#${rgb.map((value) => value.toString(16).padStart(2, "0")).join("")}`;

/**
 * A location quotient's heatmap colour on a log scale: LQ = 1 is the neutral grey, 2 and ½ are equally
 * far from it in opposite hues, and 4 or ¼ and beyond (down to 0, a cluster with no jobs there) are fully
 * saturated. Missing is null: the cell is drawn hatched, never as a colour.
 */
export function lqColor(lq: number | null): { fill: string; text: string } | null {
  if (lq === null || !Number.isFinite(lq) || lq < 0) return null;
  const t = clampedLogLq(lq) / Math.log(lqSaturation);
  const rgb = t >= 0 ? mix(neutral, above, t) : mix(neutral, below, -t);
  return { fill: hex(rgb), text: Math.abs(t) > 0.55 ? "#ffffff" : "#111111" };
}

/** log LQ, held within the saturation range (LQ 0 counts as ¼): one region's 54× never outweighs eleven regions' zeros. */
const clampedLogLq = (lq: number) => Math.log(Math.min(lqSaturation, Math.max(1 / lqSaturation, lq)));

/**
 * The heatmap's cluster rows: by the mean over the compared regions of log LQ held within ¼…4 (the
 * clusters the regions share a concentration in first, not those one region has an outlier in), then
 * by code. Missing figures are left out of the mean; a cluster none of the regions has an LQ for goes last.
 */
export function heatmapClusterOrder(cells: readonly CompareCell[], clusterCodes: readonly number[]): number[] {
  const meanLog = new Map<number, number>();
  for (const code of clusterCodes) {
    const logs = cells
      .filter((cell) => cell.clusterCode === code && cell.locationQuotient !== null && cell.locationQuotient >= 0)
      .map((cell) => clampedLogLq(cell.locationQuotient!));
    if (logs.length > 0) meanLog.set(code, logs.reduce((sum, value) => sum + value, 0) / logs.length);
  }
  return [...clusterCodes].sort((a, b) => {
    const [ma, mb] = [meanLog.get(a), meanLog.get(b)];
    if (ma === undefined || mb === undefined)
      return ma === undefined && mb === undefined ? a - b : ma === undefined ? 1 : -1;
    return mb - ma || a - b;
  });
}

/**
 * One cluster across the compared regions, largest first by the chosen measure; a region without the
 * figure is listed apart (missing, not zero).
 */
export function clusterAcrossRegions<C extends CompareCell>(
  cells: readonly C[],
  regionCodes: readonly string[],
  clusterCode: number,
  metric: "lq" | "jobs",
): { ranked: C[]; missing: string[] } {
  const value = (cell: C) => (metric === "lq" ? cell.locationQuotient : cell.employment);
  const byRegion = new Map(
    cells.filter((cell) => cell.clusterCode === clusterCode).map((cell) => [cell.regionCode, cell]),
  );
  const present = regionCodes.flatMap((code) => {
    const cell = byRegion.get(code);
    return cell && value(cell) !== null ? [cell] : [];
  });
  return {
    ranked: present.sort(
      (a, b) => value(b)! - value(a)! || regionCodes.indexOf(a.regionCode) - regionCodes.indexOf(b.regionCode),
    ),
    missing: regionCodes.filter((code) => !present.some((cell) => cell.regionCode === code)),
  };
}

/**
 * The cluster a bar view opens on: the first region's most concentrated cluster among those with at
 * least `minJobs` jobs there (one of its specialisations), or null when it has none.
 */
export function openingCluster(
  cells: readonly CompareCell[],
  regionCode: string,
  eligible: ReadonlySet<number>,
  minJobs: number,
): number | null {
  const candidates = cells.filter(
    (cell) =>
      cell.regionCode === regionCode &&
      eligible.has(cell.clusterCode) &&
      cell.locationQuotient !== null &&
      (cell.employment ?? 0) >= minJobs,
  );
  candidates.sort((a, b) => b.locationQuotient! - a.locationQuotient! || a.clusterCode - b.clusterCode);
  return candidates[0]?.clusterCode ?? null;
}

/**
 * The regions a comparison highlights as the dashboard's own: the two counties, the U.S. side, and the
 * metropolitan areas they form (San Diego–Carlsbad, El Centro).
 */
export const caliBajaMetroCodes = ["cbsa-41740", "cbsa-20940"] as const;
export const highlightedRegionCodes: ReadonlySet<string> = new Set([
  "06073",
  "06025",
  "us-side",
  ...caliBajaMetroCodes,
]);

/** The heatmap's grid: one row per cluster in `heatmapClusterOrder`, one cell per region in the order given (null = no figure). */
export function heatmapGrid<C extends CompareCell>(
  cells: readonly C[],
  regionCodes: readonly string[],
  clusterCodes: readonly number[],
): { clusterCode: number; cells: (C | null)[] }[] {
  const byKey = new Map(cells.map((cell) => [`${cell.regionCode}|${cell.clusterCode}`, cell]));
  return heatmapClusterOrder(cells, clusterCodes).map((clusterCode) => ({
    clusterCode,
    cells: regionCodes.map((code) => {
      const cell = byKey.get(`${code}|${clusterCode}`);
      return cell && cell.locationQuotient !== null ? cell : null;
    }),
  }));
}

/**
 * The table view's rows: for one cluster, the regions ranked by the chosen measure and then those
 * without it; for every cluster (clusterCode null), the heatmap's cluster order, regions in the order given.
 */
export function comparisonTableRows<C extends CompareCell>(
  cells: readonly C[],
  regionCodes: readonly string[],
  clusterCodes: readonly number[],
  clusterCode: number | null,
  metric: "lq" | "jobs",
): { clusterCode: number; regionCode: string; cell: C | null }[] {
  const byKey = new Map(cells.map((cell) => [`${cell.regionCode}|${cell.clusterCode}`, cell]));
  if (clusterCode !== null) {
    const { ranked, missing } = clusterAcrossRegions(cells, regionCodes, clusterCode, metric);
    return [
      ...ranked.map((cell) => ({ clusterCode, regionCode: cell.regionCode, cell })),
      ...missing.map((regionCode) => ({
        clusterCode,
        regionCode,
        cell: byKey.get(`${regionCode}|${clusterCode}`) ?? null,
      })),
    ];
  }
  return heatmapClusterOrder(cells, clusterCodes).flatMap((code) =>
    regionCodes.map((regionCode) => ({
      clusterCode: code,
      regionCode,
      cell: byKey.get(`${regionCode}|${code}`) ?? null,
    })),
  );
}

/** Accent- and case-insensitive search text: "Tecate" matches "tecáte", "Nuevo León" matches "nuevo leon". */
export const searchText = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();

/** Whether every word typed appears in one of the names or the code. */
export function matchesQuery(query: string, names: readonly string[]): boolean {
  const words = searchText(query)
    .split(/[\s,]+/)
    .filter(Boolean);
  const haystack = names.map(searchText).join(" ");
  return words.length > 0 && words.every((word) => haystack.includes(word));
}

/** The LQ bar view opens on a cluster with at least this many jobs in the first region. */
export const openingMinJobs = 1000;

/** The cluster the bar view shows: the one asked for if it is among those listed, else the first region's opening cluster. */
export function barViewCluster(
  cells: readonly CompareCell[],
  regionCodes: readonly string[],
  clusterCodes: readonly number[],
  asked: number | null,
): number | null {
  if (asked !== null && clusterCodes.includes(asked)) return asked;
  return openingCluster(cells, regionCodes[0] ?? "", new Set(clusterCodes), openingMinJobs) ?? clusterCodes[0] ?? null;
}

/**
 * The rows a comparison view shows, in its order, for its table and its CSV: the bar view's ranked
 * regions for its cluster; the heatmap's every cluster × region cell; the table view's rows.
 */
export function comparisonViewRows<C extends CompareCell>(
  cells: readonly C[],
  regionCodes: readonly string[],
  clusterCodes: readonly number[],
  view: { view: "bars" | "heatmap" | "table"; metric: "lq" | "jobs"; cluster: number | null },
): { clusterCode: number; regionCode: string; cell: C | null }[] {
  if (view.view === "bars") {
    const cluster = barViewCluster(cells, regionCodes, clusterCodes, view.cluster);
    return cluster === null
      ? []
      : clusterAcrossRegions(cells, regionCodes, cluster, view.metric).ranked.map((cell) => ({
          clusterCode: cluster,
          regionCode: cell.regionCode,
          cell,
        }));
  }
  if (view.view === "heatmap") return comparisonTableRows(cells, regionCodes, clusterCodes, null, view.metric);
  return comparisonTableRows(
    cells,
    regionCodes,
    clusterCodes,
    view.cluster !== null && clusterCodes.includes(view.cluster) ? view.cluster : null,
    view.metric,
  );
}
