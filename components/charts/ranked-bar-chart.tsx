"use client";

import { lazy, Suspense } from "react";
import { useLocale } from "next-intl";
import { useElementSize } from "./use-element-size";
import { RankedBarsFirstPaint } from "./ranked-bars-first-paint";
import type { Locale } from "@/i18n/routing";
import type { RankedBar, ReferenceMark } from "@/lib/charts/bars";
import { formatters } from "@/lib/format";
import { roundTicks } from "@/lib/charts/ticks";

export type { RankedBar, ReferenceMark };

// Recharts is a third of a chart page's JavaScript: it is fetched after the first paint, which the
// server-rendered HTML bars carry until the SVG replaces them.
const RankedBarsSvg = lazy(() => import("./ranked-bars-svg").then((module) => ({ default: module.RankedBarsSvg })));

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
  const firstPaint = (
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
  );
  return (
    <div ref={boxRef} className="chart-box" style={{ height: fill ? "100%" : undefined }}>
      {box.measured ? (
        <Suspense fallback={firstPaint}>
          <RankedBarsSvg
            bars={bars}
            references={references}
            axisLabel={axisLabel}
            formatTick={format.compact}
            layout={{
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
            }}
          />
        </Suspense>
      ) : (
        firstPaint
      )}
    </div>
  );
}
