"use client";

import {
  CartesianGrid,
  ReferenceLine,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
} from "recharts";
import { chartColors } from "@/lib/charts/colors";
import { useElementSize } from "@/components/charts/use-element-size";
import type { Bubble } from "@/lib/charts/bars";
import { placeLabels } from "@/lib/charts/label-layout";

const logTicks = [0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8, 16, 32];
const bubbleArea = { min: 40, max: 1800 };
// On a phone the plot is a third as wide: bubbles a third the area, fewer labels, slimmer margins.
const phoneBubbleArea = { min: 20, max: 600 };
const phoneWidth = 480;

export type { Bubble };

/** Labels the largest bubbles where there is room, never over another label or a larger bubble. */
function BubbleLabels({
  bubbles,
  area,
  maxLabels,
  labelFontSize,
}: {
  bubbles: Bubble[];
  area: { min: number; max: number };
  maxLabels: number;
  labelFontSize: number;
}) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  if (!xScale || !yScale || !plot) return null;
  const sizes = bubbles.map((bubble) => bubble.size);
  const [smallest, largest] = [Math.min(...sizes), Math.max(...sizes)];
  // Recharts maps size linearly onto the symbol's area between ZAxis's range.
  const radius = (size: number) =>
    Math.sqrt((area.min + ((size - smallest) / (largest - smallest || 1)) * (area.max - area.min)) / Math.PI);
  const candidates = [...bubbles]
    .sort((a, b) => (b.labelPriority ?? 0) - (a.labelPriority ?? 0) || b.size - a.size)
    .map((bubble) => ({
      key: bubble.key,
      label: bubble.label,
      x: xScale(bubble.x) ?? Number.NaN,
      y: yScale(bubble.y) ?? Number.NaN,
      radius: radius(bubble.size),
    }))
    .filter((candidate) => Number.isFinite(candidate.x) && Number.isFinite(candidate.y));
  const placed = placeLabels(candidates, {
    fontSize: labelFontSize,
    maxLabels,
    bounds: { left: plot.x, right: plot.x + plot.width, top: plot.y, bottom: plot.y + plot.height },
  });
  return (
    <g className="bubble-labels" data-testid="bubble-labels">
      {placed.map((label) => (
        <text
          key={label.key}
          x={label.x}
          y={label.y}
          fontSize={labelFontSize}
          fill="currentColor"
          textAnchor={label.anchor}
          paintOrder="stroke"
          stroke="var(--surface, #fff)"
          strokeWidth={3}
        >
          {label.label}
        </text>
      ))}
    </g>
  );
}

/** Cluster portfolio: x = location quotient (log scale, quadrant line at 1), y = wage or change, size = employment. */
export function PortfolioBubbleChart({
  bubbles,
  xLabel,
  yLabel,
  yFormat,
  integerY = false,
  fontSize = 12,
  fill = false,
}: {
  bubbles: Bubble[];
  xLabel: string;
  yLabel: string;
  yFormat: (value: number) => string;
  integerY?: boolean;
  /** Ticks, axis titles and bubble labels (slides pass 18: readable on a 1080p projector). */
  fontSize?: number;
  /** Take the height of the box (slides) instead of a fixed one. */
  fill?: boolean;
}) {
  const [minX, maxX] = [Math.min(...bubbles.map((bubble) => bubble.x)), Math.max(...bubbles.map((bubble) => bubble.x))];
  // A log scale puts LQ 0.5 and 2 at the same distance from 1; ticks at readable values around the data.
  const xTicks = logTicks.filter(
    (tick, index) =>
      tick >= (logTicks[Math.max(0, logTicks.findIndex((t) => t > minX) - 1)] ?? 0) &&
      (index === 0 || logTicks[index - 1]! < maxX),
  );
  const [boxRef, box] = useElementSize<HTMLDivElement>({ width: 900, height: 480 });
  const phone = box.width < phoneWidth;
  const area = phone ? phoneBubbleArea : bubbleArea;
  const colorOf = (bubble: Bubble) => bubble.color ?? (bubble.traded ? chartColors.traded : chartColors.local);
  const series = [...new Set(bubbles.map(colorOf))].map((color) => ({
    name: color,
    color,
    data: bubbles.filter((bubble) => colorOf(bubble) === color),
  }));
  return (
    <div ref={boxRef} className="chart-box" style={{ height: fill ? "100%" : undefined }}>
      {box.measured ? (
        <ScatterChart
          width={Math.max(box.width, 200)}
          height={fill ? Math.max(box.height, 300) : phone ? 400 : 480}
          accessibilityLayer={false}
          margin={phone ? { top: 16, right: 12, bottom: 8, left: 4 } : { top: 20, right: 30, bottom: 40, left: 20 }}
        >
          <CartesianGrid stroke="currentColor" strokeOpacity={0.12} />
          <XAxis
            type="number"
            dataKey="x"
            scale="log"
            domain={[xTicks[0]!, xTicks.at(-1)!]}
            ticks={xTicks}
            tickFormatter={(value: number) => String(value)}
            tick={{ fill: "currentColor", fontSize }}
            // On a phone the first tick sits under the y axis's "0": lower, they do not touch.
            tickMargin={phone ? 8 : 2}
            // On a phone the axis title is longer than the axis: it goes under the chart as text, which wraps.
            label={
              phone
                ? undefined
                : { value: xLabel, position: "insideBottom", offset: -24, fill: "currentColor", fontSize }
            }
          />
          <YAxis
            type="number"
            dataKey="y"
            allowDecimals={!integerY}
            tick={{ fill: "currentColor", fontSize }}
            tickFormatter={yFormat}
            width={phone ? 64 : Math.max(80, fontSize * 6)}
            label={{
              value: yLabel,
              angle: -90,
              position: "insideLeft",
              fill: "currentColor",
              fontSize,
              dx: phone ? 4 : -10,
              textAnchor: "middle",
            }}
          />
          <ZAxis type="number" dataKey="size" range={[area.min, area.max]} />
          <ReferenceLine x={1} stroke={chartColors.reference} strokeWidth={2} strokeDasharray="6 4" />
          <Tooltip
            cursor={{ strokeDasharray: "3 3" }}
            content={({ payload }) =>
              payload?.[0] ? <div className="tooltip">{(payload[0].payload as Bubble).tooltip}</div> : null
            }
          />
          {series.map((entry) => (
            <Scatter
              key={entry.name}
              data={entry.data}
              fill={entry.color}
              fillOpacity={0.6}
              stroke={entry.color}
              isAnimationActive={false}
            />
          ))}
          <BubbleLabels bubbles={bubbles} area={area} maxLabels={phone ? 4 : 8} labelFontSize={fontSize} />
        </ScatterChart>
      ) : (
        // Reserves the chart's height until the browser has measured its width: no 900 px chart on a phone.
        <div className="chart-placeholder" style={{ height: fill ? "100%" : 480 }} />
      )}
      {phone ? (
        <p className="axis-caption" data-testid="x-axis-caption">
          {xLabel}
        </p>
      ) : null}
    </div>
  );
}
