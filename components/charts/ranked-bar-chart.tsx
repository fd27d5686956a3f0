"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  type YAxisTickContentProps,
} from "recharts";
import { useLocale } from "next-intl";
import { useElementSize } from "./use-element-size";
import type { Locale } from "@/i18n/routing";
import type { RankedBar, ReferenceMark } from "@/lib/charts/bars";
import { formatters } from "@/lib/format";

export type { RankedBar, ReferenceMark };

/** Horizontal ranked bars with value labels and vertical reference lines (LQ = 1, job thresholds). */
export function RankedBarChart({
  bars,
  references,
  axisLabel,
  fontSize = 12.5,
  barHeight = 26,
  fill = false,
}: {
  bars: RankedBar[];
  references: ReferenceMark[];
  axisLabel: string;
  fontSize?: number;
  barHeight?: number;
  fill?: boolean;
}) {
  const [boxRef, box] = useElementSize<HTMLDivElement>({ width: 900, height: 160 });
  // Ticks in the page's language, not the browser's: a Spanish page reads "10 mil" on every machine.
  const format = formatters(useLocale() as Locale);
  const width = Math.max(box.width, 200);
  // On a phone the second line would squeeze the bars to slivers; the legend carries the same words there.
  const twoLines = width >= 560 && bars.some((bar) => bar.sublabel);
  const rowHeight = twoLines ? Math.max(barHeight, fontSize * 2.9) : barHeight;
  const naturalHeight = Math.max(160, bars.length * rowHeight + 70 + fontSize * 2);
  // In "fill" mode (slides) the chart takes the height its box is given; otherwise the data decides.
  const height = fill ? Math.max(box.height, 160) : naturalHeight;
  const longestLabel = Math.max(
    ...bars.map((bar) => Math.max(bar.label.length, twoLines ? (bar.sublabel?.length ?? 0) * 0.85 : 0)),
    10,
  );
  const maxValue = Math.max(...bars.map((bar) => bar.value), ...references.map((mark) => mark.value), 0);
  return (
    <div ref={boxRef} className="chart-box" style={{ height: fill ? "100%" : undefined }}>
      <BarChart
        width={width}
        height={height}
        accessibilityLayer={false}
        data={bars}
        layout="vertical"
        margin={{ top: 24, right: 72, bottom: 24, left: 8 }}
        barCategoryGap={4}
      >
        <CartesianGrid horizontal={false} stroke="currentColor" strokeOpacity={0.12} />
        <XAxis
          type="number"
          domain={[0, maxValue * 1.05]}
          tick={{ fill: "currentColor", fontSize: fontSize * 0.95 }}
          tickFormatter={(value: number) => format.compact(value)}
          label={{ value: axisLabel, position: "insideBottom", offset: -16, fill: "currentColor", fontSize: 12 }}
        />
        <YAxis
          type="category"
          dataKey="label"
          width={Math.min(fontSize * 28, width * 0.42, longestLabel * fontSize * 0.53 + 12)}
          tick={
            twoLines
              ? ({ x, y, index }: YAxisTickContentProps) => (
                  <g transform={`translate(${x},${y})`}>
                    <text textAnchor="end" fill="currentColor" fontSize={fontSize} dy={-2}>
                      {bars[index]?.label}
                    </text>
                    <text
                      textAnchor="end"
                      fill="currentColor"
                      fillOpacity={0.75}
                      fontSize={fontSize * 0.85}
                      dy={fontSize}
                    >
                      {bars[index]?.sublabel}
                    </text>
                  </g>
                )
              : { fill: "currentColor", fontSize }
          }
          interval={0}
        />
        <Tooltip
          cursor={{ fillOpacity: 0.08 }}
          formatter={(_value, _name, item) => [(item.payload as RankedBar).valueLabel, axisLabel]}
          contentStyle={{ color: "#111" }}
        />
        <Bar dataKey="value" isAnimationActive={false} radius={[0, 3, 3, 0]}>
          {bars.map((bar) => (
            <Cell key={bar.key} fill={bar.color} />
          ))}
          <LabelList dataKey="valueLabel" position="right" fill="currentColor" fontSize={fontSize * 0.95} />
        </Bar>
        {references.map((mark) => (
          <ReferenceLine
            key={mark.label}
            x={mark.value}
            stroke={mark.color}
            strokeWidth={2}
            strokeDasharray="6 4"
            label={{
              value: mark.label,
              position: mark.labelPosition ?? "top",
              fill: "currentColor",
              fontSize: fontSize * 0.95,
            }}
          />
        ))}
      </BarChart>
    </div>
  );
}
