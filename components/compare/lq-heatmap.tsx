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
  // Cell values and the key: never under 12 px on a page, and no smaller than the cells on a slide.
  const smallFont = Math.max(12, fontSize * 0.95);
  const cellWidth = Math.round(fontSize * 4.6);
  const cellHeight = Math.round(fontSize * 1.9);
  const longestRow = Math.max(10, ...rows.map((row) => row.label.length));
  // Average glyph widths of the system sans at this size (0.56 em), generous so no label runs off the left edge.
  const labelWidth = Math.min(Math.round(longestRow * fontSize * 0.56) + 12, fontSize * 24);
  const longestColumn = Math.max(6, ...columns.map((column) => column.label.length));
  // Column names run at 45° so a dozen metros fit; the header is as tall as the longest needs.
  const headerHeight = Math.min(Math.round(longestColumn * fontSize * 0.42) + 16, fontSize * 17);
  const legendHeight = fontSize * 3.9;
  const legendLine = `${labels.below} · ${labels.neutral} · ${labels.above}`;
  const width = Math.max(
    labelWidth + columns.length * cellWidth + headerHeight * 0.75,
    labelWidth + cellWidth * 5.5 + 24 + labels.missing.length * fontSize * 0.5,
    labelWidth + legendLine.length * smallFont * 0.52,
  );
  const height = headerHeight + rows.length * cellHeight + legendHeight;
  const truncate = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
  const maxColumnChars = Math.floor((fontSize * 17 - 16) / (fontSize * 0.42));
  const legendStops = [1 / lqSaturation, 0.5, 1, 2, lqSaturation];
  return (
    <div className={fit ? "heatmap-fit" : "heatmap-scroll"}>
      <svg
        data-chart-svg=""
        width={fit ? "100%" : width}
        height={fit ? "100%" : height}
        preserveAspectRatio="xMinYMin meet"
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-hidden="true"
        className="lq-heatmap"
      >
        <defs>
          <pattern
            id="heatmap-missing"
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
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
          const y = headerHeight + rowIndex * cellHeight;
          return (
            <g key={row.key}>
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
                      fill={color ? color.fill : "url(#heatmap-missing)"}
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
        <g transform={`translate(${labelWidth}, ${headerHeight + rows.length * cellHeight + fontSize * 0.8})`}>
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
            fill="url(#heatmap-missing)"
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
          <text x={0} y={fontSize * 2.4} fontSize={smallFont} fill="currentColor">
            {legendLine}
          </text>
        </g>
      </svg>
    </div>
  );
}
