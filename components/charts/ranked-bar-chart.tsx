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
import { RankedBarsFirstPaint } from "./ranked-bars-first-paint";
import type { Locale } from "@/i18n/routing";
import type { RankedBar, ReferenceMark } from "@/lib/charts/bars";
import { formatters } from "@/lib/format";
import { roundTicks } from "@/lib/charts/ticks";

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
  // On a phone a label column would squeeze the bars to slivers: each label goes on its own line above its
  // bar, across the full width. The second line (sublabel) stays off; the legend carries the same words.
  const labelsAbove = width < 560;
  // Nothing under 12 px: ticks and value labels stay readable on a phone and from the back of a room.
  const smallFont = Math.max(12, fontSize * 0.95);
  const twoLines = !labelsAbove && bars.some((bar) => bar.sublabel);
  const rowHeight = labelsAbove ? barHeight + fontSize * 2 : twoLines ? Math.max(barHeight, fontSize * 2.9) : barHeight;
  const labelCharacters = Math.floor((width - 16) / (fontSize * 0.58));
  const longestLabel = Math.max(
    ...bars.map((bar) => Math.max(bar.label.length, twoLines ? (bar.sublabel?.length ?? 0) * 0.85 : 0)),
    10,
  );
  // Room right of the longest bar for its value label ("≥ 194,402"), which must not be cut.
  const valueLabelRoom = Math.max(48, ...bars.map((bar) => bar.valueLabel.length * fontSize * 0.62 + 10));
  const labelColumnWidth = Math.min(fontSize * 28, width * 0.42, longestLabel * fontSize * 0.53 + 12);
  const labelColumnCharacters = Math.floor((labelColumnWidth - 10) / (fontSize * 0.6));
  const maxValue = Math.max(...bars.map((bar) => bar.value), ...references.map((mark) => mark.value), 0);
  // Fewer ticks where a phone leaves little room for their labels.
  const ticks = roundTicks(maxValue, width < 480 ? 3 : 5);
  // Reference labels stack in rows above the plot: two thresholds close together never overlap each
  // other, a bar or a value label.
  const referenceRow = fontSize * 1.15;
  const topMargin = 24 + Math.max(0, references.length - 1) * referenceRow;
  const naturalHeight = Math.max(160, bars.length * rowHeight + 70 + fontSize * 2 + topMargin - 24);
  // In "fill" mode (slides) the chart takes the height its box is given; otherwise the data decides.
  const height = fill ? Math.max(box.height, 160) : naturalHeight;
  return (
    <div ref={boxRef} className="chart-box" style={{ height: fill ? "100%" : undefined }}>
      {box.measured ? (
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
            tickFormatter={(value: number) => format.compact(value)}
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
      ) : (
        <RankedBarsFirstPaint
          bars={bars}
          references={references}
          axisLabel={axisLabel}
          ticks={ticks}
          formatTick={format.compact}
          fontSize={fontSize}
          barHeight={barHeight}
          labelColumnWidth={labelColumnWidth}
          valueLabelRoom={valueLabelRoom}
        />
      )}
    </div>
  );
}
