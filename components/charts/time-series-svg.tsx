"use client";

import { CartesianGrid, Line, LineChart, ReferenceArea, Tooltip, XAxis, YAxis } from "recharts";
import type { LineSeries, ShadedSpan } from "@/lib/charts/bars";

/** The lines drawn by Recharts, loaded by TimeSeriesChart only after the first paint (see RankedBarChart). */
export function TimeSeriesSvg({
  series,
  shaded,
  data,
  formatValue,
  formatX,
  axisLabel,
  width,
  height,
  phone,
  fontSize,
}: {
  series: LineSeries[];
  shaded: ShadedSpan[];
  data: Record<string, string | number | null>[];
  formatValue: (value: number) => string;
  formatX: (x: string) => string;
  axisLabel: string;
  width: number;
  height: number;
  phone: boolean;
  fontSize: number;
}) {
  return (
    <LineChart
      width={width}
      height={height}
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
  );
}
