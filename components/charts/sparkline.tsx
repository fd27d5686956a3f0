"use client";

import { Line, LineChart, ReferenceLine, ResponsiveContainer, XAxis, YAxis, Dot } from "recharts";

export type SparkPoint = { year: number; value: number | null; seriesBreakBefore: boolean; pandemic: boolean };

/** A small employment line; a dashed vertical mark shows where the source changes (series break). */
export function Sparkline({ points, color = "#0072B2" }: { points: SparkPoint[]; color?: string }) {
  const breaks = points.filter((point) => point.seriesBreakBefore);
  // A gap at each break keeps the line from joining figures of different sources.
  const data = points.flatMap((point) =>
    point.seriesBreakBefore
      ? [{ year: point.year - 0.5, value: null, seriesBreakBefore: false, pandemic: false, gap: true }, point]
      : [point],
  );
  return (
    <ResponsiveContainer width="100%" height={64} initialDimension={{ width: 240, height: 64 }}>
      <LineChart accessibilityLayer={false} data={data} margin={{ top: 6, right: 8, bottom: 2, left: 8 }}>
        <XAxis dataKey="year" type="number" domain={["dataMin", "dataMax"]} hide />
        <YAxis hide domain={["auto", "auto"]} />
        {breaks.map((point) => (
          <ReferenceLine
            key={point.year}
            x={point.year - 0.5}
            stroke="currentColor"
            strokeOpacity={0.5}
            strokeDasharray="3 3"
          />
        ))}
        <Line
          dataKey="value"
          stroke={color}
          strokeWidth={2}
          isAnimationActive={false}
          connectNulls={false}
          dot={(props) => {
            const point = props.payload as SparkPoint & { gap?: boolean };
            if (point.gap || point.value === null) return <g key={point.year} />;
            return (
              <Dot
                key={point.year}
                cx={props.cx}
                cy={props.cy}
                r={3}
                fill={point.pandemic ? "#E69F00" : color}
                stroke="none"
              />
            );
          }}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
