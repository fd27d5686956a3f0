/** One column of the LQ heatmap (a region); highlighted columns are the CaliBaja regions. */
export type HeatmapColumn = { key: string; label: string; highlighted: boolean };
/** One row of the LQ heatmap (a cluster): a cell per column, null where the region has no figure. */
export type HeatmapRow = { key: string; label: string; cells: ({ lq: number; label: string } | null)[] };
/** The words the heatmap draws in its key. */
export type HeatmapLabels = { missing: string; below: string; neutral: string; above: string };
