"use client";

import { CartesianGrid, ReferenceLine, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis, LabelList } from "recharts";
import { chartColors } from "@/components/overview/chart-colors";
import { useElementSize } from "@/components/charts/use-element-size";

const logTicks = [0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8, 16, 32];

export type Bubble = { key: string; label: string; x: number; y: number; size: number; traded: boolean; tooltip: string };

/** Cluster portfolio: x = location quotient (quadrant line at 1), y = wage or change, size = employment. */
export function PortfolioBubbleChart({ bubbles, xLabel, yLabel, yFormat }: { bubbles: Bubble[]; xLabel: string; yLabel: string; yFormat: (value: number) => string }) {
  const [minX, maxX] = [Math.min(...bubbles.map((bubble) => bubble.x)), Math.max(...bubbles.map((bubble) => bubble.x))];
  // A log scale puts LQ 0.5 and 2 at the same distance from 1; ticks at readable values around the data.
  const xTicks = logTicks.filter((tick, index) => tick >= (logTicks[Math.max(0, logTicks.findIndex((t) => t > minX) - 1)] ?? 0) && (index === 0 || logTicks[index - 1]! < maxX));
  const [boxRef, box] = useElementSize<HTMLDivElement>({ width: 900, height: 480 });
  const labelled = new Set([...bubbles].sort((a, b) => b.size - a.size).slice(0, 6).map((bubble) => bubble.key));
  const series = [
    { name: "traded", color: chartColors.traded, data: bubbles.filter((bubble) => bubble.traded) },
    { name: "local", color: chartColors.local, data: bubbles.filter((bubble) => !bubble.traded) },
  ];
  return (
    <div ref={boxRef} className="chart-box">
      <ScatterChart width={Math.max(box.width, 200)} height={480} accessibilityLayer={false} margin={{ top: 20, right: 30, bottom: 40, left: 20 }}>
        <CartesianGrid stroke="currentColor" strokeOpacity={0.12} />
        <XAxis type="number" dataKey="x" scale="log" domain={[xTicks[0]!, xTicks.at(-1)!]} ticks={xTicks} tickFormatter={(value: number) => String(value)} tick={{ fill: "currentColor", fontSize: 12 }} label={{ value: xLabel, position: "insideBottom", offset: -24, fill: "currentColor" }} />
        <YAxis type="number" dataKey="y" tick={{ fill: "currentColor", fontSize: 12 }} tickFormatter={yFormat} width={80} label={{ value: yLabel, angle: -90, position: "insideLeft", fill: "currentColor", dx: -10 }} />
        <ZAxis type="number" dataKey="size" range={[40, 1800]} />
        <ReferenceLine x={1} stroke={chartColors.reference} strokeWidth={2} strokeDasharray="6 4" />
        <Tooltip cursor={{ strokeDasharray: "3 3" }} content={({ payload }) => (payload?.[0] ? <div className="tooltip">{(payload[0].payload as Bubble).tooltip}</div> : null)} />
        {series.map((entry) => (
          <Scatter key={entry.name} data={entry.data} fill={entry.color} fillOpacity={0.6} stroke={entry.color} isAnimationActive={false}>
            <LabelList dataKey="label" content={({ x, y, value, index }) => {
              const bubble = entry.data[index ?? -1];
              if (!bubble || !labelled.has(bubble.key)) return null;
              return <text x={Number(x)} y={Number(y) - 8} fontSize={11} fill="currentColor" textAnchor="middle">{String(value)}</text>;
            }} />
          </Scatter>
        ))}
      </ScatterChart>
    </div>
  );
}
