import { lqColor, lqSaturation } from "@/lib/calculations/compare";
import type { HeatmapColumn, HeatmapLabels, HeatmapRow } from "@/lib/charts/heatmap";

/**
 * A cluster × region grid of location quotients drawn as plain SVG (it has a known size before
 * hydration, prints, and exports as an image): LQ = 1 is the neutral grey, above in blue, below in
 * vermillion on a log scale; a missing figure is hatched, never coloured as a value.
 */
export function LqHeatmap({
  columns,
  rows,
  fontSize = 12.5,
  labels,
  fit = false,
}: {
  columns: HeatmapColumn[];
  rows: HeatmapRow[];
  fontSize?: number;
  labels: HeatmapLabels;
  /** Scale to the box (slides) instead of scrolling at natural size. */ fit?: boolean;
}) {
  const props = { columns, rows, fontSize, labels };
  if (fit)
    return (
      <div className="heatmap-fit">
        <HeatmapSvg {...props} fit />
      </div>
    );
  // Both layouts are in the server's HTML and CSS shows the one that fits the screen, so the heatmap
  // is drawn at first paint, with no measuring: on a phone a column of cluster names would leave no
  // room for the cells, so each name goes on its own line above its row.
  return (
    <>
      <div className="heatmap-scroll heatmap-wide">
        <HeatmapSvg {...props} />
      </div>
      <div className="heatmap-scroll heatmap-stacked">
        <HeatmapSvg {...props} stacked />
      </div>
    </>
  );
}

function HeatmapSvg({
  columns,
  rows,
  fontSize,
  labels,
  fit = false,
  stacked = false,
}: {
  columns: HeatmapColumn[];
  rows: HeatmapRow[];
  fontSize: number;
  labels: HeatmapLabels;
  fit?: boolean;
  stacked?: boolean;
}) {
  // Cell values and the key: never under 12 px on a page, and no smaller than the cells on a slide.
  const smallFont = Math.max(12, fontSize * 0.95);
  // Narrower on a phone: "27.63" still fits at 12 px, and more regions show before the grid scrolls.
  const cellWidth = Math.round(fontSize * (stacked ? 3.7 : 4.6));
  const cellHeight = Math.round(fontSize * 1.9);
  const longestRow = Math.max(10, ...rows.map((row) => row.label.length));
  // Average glyph widths of the system sans at this size (0.56 em), generous so no label runs off the left edge.
  const labelWidth = stacked ? 2 : Math.min(Math.round(longestRow * fontSize * 0.56) + 12, fontSize * 24);
  // Stacked: the row's name on a line of its own above its cells.
  const labelLine = stacked ? Math.round(fontSize * 1.4) : 0;
  const rowHeight = cellHeight + labelLine;
  const longestColumn = Math.max(6, ...columns.map((column) => column.label.length));
  // Column names run at 45° so a dozen metros fit; the header is as tall as the longest needs.
  const headerHeight = Math.min(Math.round(longestColumn * fontSize * 0.42) + 16, fontSize * 17);
  // Stacked, the key's words go one to a line: on one line they are wider than a phone.
  const legendLines = stacked
    ? [labels.below, labels.neutral, labels.above]
    : [`${labels.below} · ${labels.neutral} · ${labels.above}`];
  const legendHeight = fontSize * 2.7 + legendLines.length * smallFont * 1.2;
  const width = Math.max(
    labelWidth + columns.length * cellWidth + headerHeight * 0.75,
    labelWidth + cellWidth * 5.5 + 24 + labels.missing.length * fontSize * 0.5,
    labelWidth + Math.max(...legendLines.map((line) => line.length)) * smallFont * 0.52,
  );
  const height = headerHeight + rows.length * rowHeight + legendHeight;
  const truncate = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
  const maxColumnChars = Math.floor((fontSize * 17 - 16) / (fontSize * 0.42));
  const legendStops = [1 / lqSaturation, 0.5, 1, 2, lqSaturation];
  // One id per layout: a url(#…) fill takes the first element with its id, and the wide layout's is
  // inside display: none on a phone, where a pattern draws nothing.
  const missingPattern = `heatmap-missing-${stacked ? "stacked" : "wide"}`;
  return (
    <svg
      // The image export takes the first: the wide layout.
      data-chart-svg=""
      data-layout={stacked ? "stacked" : "wide"}
      width={fit ? "100%" : width}
      height={fit ? "100%" : height}
      preserveAspectRatio="xMinYMin meet"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-hidden="true"
      className="lq-heatmap"
    >
      <defs>
        <pattern id={missingPattern} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#ffffff" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#9a9a9a" strokeWidth="1.5" />
        </pattern>
      </defs>
      {columns.map((column, index) => (
        <text
          key={column.key}
          transform={`translate(${labelWidth + index * cellWidth + cellWidth / 2}, ${headerHeight - 6}) rotate(-45)`}
          fontSize={fontSize}
          fontWeight={column.highlighted ? 700 : 400}
          fill="currentColor"
        >
          <title>{column.label}</title>
          {truncate(column.label, maxColumnChars)}
        </text>
      ))}
      {rows.map((row, rowIndex) => {
        const labelY = headerHeight + rowIndex * rowHeight;
        const y = labelY + labelLine;
        return (
          <g key={row.key}>
            {stacked ? (
              <text x={labelWidth} y={labelY + labelLine - fontSize * 0.35} fontSize={fontSize} fill="currentColor">
                <title>{row.label}</title>
                {truncate(row.label, Math.floor((width - labelWidth - 4) / (fontSize * 0.6)))}
              </text>
            ) : (
              <text
                x={labelWidth - 8}
                y={y + cellHeight / 2}
                dy="0.35em"
                textAnchor="end"
                fontSize={fontSize}
                fill="currentColor"
              >
                <title>{row.label}</title>
                {truncate(row.label, Math.floor((labelWidth - 14) / (fontSize * 0.6)))}
              </text>
            )}
            {row.cells.map((cell, columnIndex) => {
              const x = labelWidth + columnIndex * cellWidth;
              const color = cell ? lqColor(cell.lq) : null;
              return (
                <g key={columns[columnIndex]!.key}>
                  <rect
                    x={x + 1}
                    y={y + 1}
                    width={cellWidth - 2}
                    height={cellHeight - 2}
                    fill={color ? color.fill : `url(#${missingPattern})`}
                    stroke={columns[columnIndex]!.highlighted ? "#333333" : "none"}
                    strokeWidth={columns[columnIndex]!.highlighted ? 1 : 0}
                  >
                    <title>{`${row.label} — ${columns[columnIndex]!.label}: ${cell ? cell.label : labels.missing}`}</title>
                  </rect>
                  {cell ? (
                    <text
                      x={x + cellWidth / 2}
                      y={y + cellHeight / 2}
                      dy="0.35em"
                      textAnchor="middle"
                      fontSize={smallFont}
                      fill={color?.text ?? "#111111"}
                    >
                      {cell.label}
                    </text>
                  ) : null}
                </g>
              );
            })}
          </g>
        );
      })}
      <g transform={`translate(${labelWidth}, ${headerHeight + rows.length * rowHeight + fontSize * 0.8})`}>
        {legendStops.map((lq, index) => {
          const color = lqColor(lq)!;
          return (
            <g key={lq} transform={`translate(${index * cellWidth * 0.9}, 0)`}>
              <rect width={cellWidth * 0.9} height={fontSize * 1.2} fill={color.fill} />
              <text
                x={cellWidth * 0.45}
                y={fontSize * 0.6}
                dy="0.35em"
                textAnchor="middle"
                fontSize={smallFont}
                fill={color.text}
              >
                {lq < 1 ? `${lq === 0.5 ? "½" : "¼"}` : String(lq)}
              </text>
            </g>
          );
        })}
        <rect
          x={legendStops.length * cellWidth * 0.9 + 12}
          width={cellWidth * 0.9}
          height={fontSize * 1.2}
          fill={`url(#${missingPattern})`}
          stroke="#9a9a9a"
          strokeWidth={0.5}
        />
        <text
          x={legendStops.length * cellWidth * 0.9 + 18 + cellWidth * 0.9}
          y={fontSize * 0.6}
          dy="0.35em"
          fontSize={smallFont}
          fill="currentColor"
        >
          {labels.missing}
        </text>
        {legendLines.map((line, index) => (
          <text key={line} x={0} y={fontSize * 2.4 + index * smallFont * 1.2} fontSize={smallFont} fill="currentColor">
            {line}
          </text>
        ))}
      </g>
    </svg>
  );
}
