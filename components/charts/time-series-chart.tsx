"use client";

import { CartesianGrid, Line, LineChart, ReferenceArea, Tooltip, XAxis, YAxis } from "recharts";
import type { LineSeries, ShadedSpan } from "@/lib/charts/bars";
import { useElementSize } from "./use-element-size";

/**
 * Lines over months (or years), one per series, with shaded spans (the COVID-19 months) and gaps
 * where a figure is missing. Tick labels are formatted by the caller, in the page's language.
 */
export function TimeSeriesChart({
  series,
  shaded = [],
  formatValue,
  formatX,
  axisLabel,
  height = 360,
  fill = false,
  fontSize = 12,
}: {
  series: LineSeries[];
  shaded?: ShadedSpan[];
  formatValue: (value: number) => string;
  formatX: (x: string) => string;
  axisLabel: string;
  height?: number;
  fill?: boolean;
  /** Every text of the chart (slides pass 18: readable on a 1080p projector). */
  fontSize?: number;
}) {
  const [boxRef, box] = useElementSize<HTMLDivElement>({ width: 900, height });
  // On a phone the rotated axis title and wide margins would take a third of the width: the title goes
  // above the chart as text, and the margins are slim.
  const phone = !fill && box.width < 480;
  const xs = [...new Set(series.flatMap((line) => line.points.map((point) => point.x)))].sort();
  const data = xs.map((x) =>
    Object.fromEntries([
      ["x", x],
      ...series.map((line) => [line.key, line.points.find((point) => point.x === x)?.value ?? null]),
    ]),
  );
  return (
    <div ref={boxRef} className="chart-box" style={{ height: fill ? "100%" : undefined }}>
      {phone && box.measured ? (
        <p className="axis-caption axis-caption-y" data-testid="y-axis-caption">
          {axisLabel}
        </p>
      ) : null}
      {box.measured ? (
        <LineChart
          width={Math.max(box.width, 200)}
          height={fill ? Math.max(box.height, 200) : height}
          data={data}
          accessibilityLayer={false}
          margin={phone ? { top: 16, right: 14, bottom: 8, left: 0 } : { top: 24, right: 24, bottom: 24, left: 8 }}
        >
          <CartesianGrid stroke="currentColor" strokeOpacity={0.12} />
          {shaded.map((span) => (
            <ReferenceArea
              key={span.from}
              x1={span.from}
              x2={span.to}
              fill="#E69F00"
              fillOpacity={0.12}
              label={{ value: span.label, position: "insideTop", fill: "currentColor", fontSize }}
            />
          ))}
          <XAxis
            dataKey="x"
            tickFormatter={formatX}
            tick={{ fill: "currentColor", fontSize }}
            tickMargin={phone ? 8 : 2}
            interval="preserveStartEnd"
          />
          <YAxis
            tickFormatter={formatValue}
            tick={{ fill: "currentColor", fontSize }}
            width={phone ? fontSize * 3.8 : fontSize * 6}
            label={
              phone
                ? undefined
                : { value: axisLabel, angle: -90, position: "insideLeft", fill: "currentColor", fontSize, dx: -4 }
            }
          />
          <Tooltip
            formatter={(value) => (typeof value === "number" ? formatValue(value) : "—")}
            labelFormatter={(label) => formatX(String(label))}
            contentStyle={{ color: "#111" }}
          />
          {series.map((line) => (
            <Line
              key={line.key}
              dataKey={line.key}
              name={line.label}
              stroke={line.color}
              strokeWidth={2}
              dot={{ r: 2.5 }}
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      ) : (
        // Reserves the chart's height until the browser has measured its width: no 900 px chart on a phone.
        <div className="chart-placeholder" style={{ height: fill ? "100%" : height }} />
      )}
    </div>
  );
}
