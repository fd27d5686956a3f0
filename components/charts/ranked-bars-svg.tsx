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
import type { RankedBar, ReferenceMark } from "@/lib/charts/bars";
import type { RankedBarsLayout } from "@/lib/charts/ranked-bars-layout";

/**
 * The ranked bars drawn by Recharts, in a module of their own: RankedBarChart loads it (and Recharts,
 * a third of a page's JavaScript) only once the page has painted and the chart's box is measured.
 */
export function RankedBarsSvg({
  bars,
  references,
  axisLabel,
  formatTick,
  layout: {
    width,
    height,
    fontSize,
    smallFont,
    barHeight,
    labelsAbove,
    twoLines,
    labelCharacters,
    labelColumnWidth,
    labelColumnCharacters,
    valueLabelRoom,
    ticks,
    topMargin,
    referenceRow,
  },
}: {
  bars: RankedBar[];
  references: ReferenceMark[];
  axisLabel: string;
  formatTick: (value: number) => string;
  layout: RankedBarsLayout;
}) {
  return (
    <BarChart
      width={width}
      height={height}
      accessibilityLayer={false}
      data={bars}
      layout="vertical"
      margin={{ top: topMargin, right: valueLabelRoom, bottom: 24, left: 8 }}
      barCategoryGap={4}
    >
      <CartesianGrid horizontal={false} stroke="currentColor" strokeOpacity={0.12} />
      <XAxis
        type="number"
        domain={[0, ticks.at(-1)!]}
        ticks={ticks}
        tick={{ fill: "currentColor", fontSize: smallFont }}
        tickFormatter={(value: number) => formatTick(value)}
        label={{
          value: axisLabel,
          position: "insideBottom",
          offset: -16,
          fill: "currentColor",
          fontSize: smallFont,
        }}
      />
      <YAxis
        type="category"
        dataKey="label"
        hide={labelsAbove}
        width={labelColumnWidth}
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
                    fontSize={Math.max(12, fontSize * 0.85)}
                    dy={fontSize}
                  >
                    {bars[index]?.sublabel}
                  </text>
                </g>
              )
            : ({ x, y, index }: YAxisTickContentProps) => {
                // A name longer than the label column ends in "…"; the full name shows on hover.
                const label = bars[index]?.label ?? "";
                const cut = label.length > labelColumnCharacters;
                return (
                  <text x={x} y={y} dy="0.355em" textAnchor="end" fill="currentColor" fontSize={fontSize}>
                    {cut ? <title>{label}</title> : null}
                    {cut ? `${label.slice(0, labelColumnCharacters - 1)}…` : label}
                  </text>
                );
              }
        }
        interval={0}
      />
      <Tooltip
        cursor={{ fillOpacity: 0.08 }}
        formatter={(_value, _name, item) => [(item.payload as RankedBar).valueLabel, axisLabel]}
        contentStyle={{ color: "#111" }}
      />
      <Bar
        dataKey="value"
        isAnimationActive={false}
        radius={[0, 3, 3, 0]}
        barSize={labelsAbove ? barHeight * 0.75 : undefined}
        // A zero is a figure: its bar is a hairline with its "0" label, not a gap that reads as missing.
        minPointSize={2}
      >
        {bars.map((bar) => (
          // The hairline of minPointSize carries the "—" label of a missing figure; it is not drawn.
          <Cell key={bar.key} fill={bar.missing ? "transparent" : bar.color} />
        ))}
        <LabelList dataKey="valueLabel" position="right" fill="currentColor" fontSize={smallFont} />
        {labelsAbove ? (
          <LabelList
            dataKey="label"
            content={({ x, y, index }) => {
              const label = bars[index ?? 0]?.label ?? "";
              const cut = label.length > labelCharacters;
              return (
                <text x={Number(x)} y={Number(y) - 4} fill="currentColor" fontSize={fontSize} data-bar-label="">
                  {cut ? <title>{label}</title> : null}
                  {cut ? `${label.slice(0, labelCharacters - 1)}…` : label}
                </text>
              );
            }}
          />
        ) : null}
      </Bar>
      {references.map((mark, row) => (
        <ReferenceLine
          key={mark.label}
          x={mark.value}
          stroke={mark.color}
          strokeWidth={2}
          strokeDasharray="6 4"
          label={({ viewBox }: { viewBox?: { x?: number; y?: number } }) => {
            // Centred on its line, but slid inwards where it would run off the chart's edge.
            const half = (mark.label.length * smallFont * 0.56) / 2;
            const x = Math.min(Math.max(viewBox?.x ?? 0, half + 2), width - half - 2);
            return (
              <text
                x={x}
                y={(viewBox?.y ?? 0) - 5 - row * referenceRow}
                textAnchor="middle"
                fill="currentColor"
                fontSize={smallFont}
                data-reference-label=""
              >
                {mark.label}
              </text>
            );
          }}
        />
      ))}
    </BarChart>
  );
}
