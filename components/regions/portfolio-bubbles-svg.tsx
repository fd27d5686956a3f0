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
import type { Bubble } from "@/lib/charts/bars";
import { placeLabels } from "@/lib/charts/label-layout";

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

/** The bubbles drawn by Recharts, loaded by PortfolioBubbleChart only after the first paint (see RankedBarChart). */
export function PortfolioBubblesSvg({
  bubbles,
  series,
  xTicks,
  xLabel,
  yLabel,
  yFormat,
  integerY,
  fontSize,
  width,
  height,
  phone,
  area,
}: {
  bubbles: Bubble[];
  series: { name: string; color: string; data: Bubble[] }[];
  xTicks: number[];
  xLabel: string;
  yLabel: string;
  yFormat: (value: number) => string;
  integerY: boolean;
  fontSize: number;
  width: number;
  height: number;
  phone: boolean;
  area: { min: number; max: number };
}) {
  return (
    <ScatterChart
      width={width}
      height={height}
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
          phone ? undefined : { value: xLabel, position: "insideBottom", offset: -24, fill: "currentColor", fontSize }
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
  );
}
