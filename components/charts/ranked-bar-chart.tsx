"use client";

import { lazy, Suspense } from "react";
import { useLocale } from "next-intl";
import { useElementSize } from "./use-element-size";
import { RankedBarsFirstPaint } from "./ranked-bars-first-paint";
import type { Locale } from "@/i18n/routing";
import type { RankedBar, ReferenceMark } from "@/lib/charts/bars";
import { formatters } from "@/lib/format";
import { rankedBarsLayout } from "@/lib/charts/ranked-bars-layout";

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
  const layout = rankedBarsLayout({ bars, references, box, fontSize, barHeight, fill });
  const firstPaint = (
    <RankedBarsFirstPaint
      bars={bars}
      references={references}
      axisLabel={axisLabel}
      ticks={layout.ticks}
      formatTick={format.compact}
      fontSize={fontSize}
      barHeight={barHeight}
      labelColumnWidth={layout.labelColumnWidth}
      valueLabelRoom={layout.valueLabelRoom}
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
            layout={layout}
          />
        </Suspense>
      ) : (
        firstPaint
      )}
    </div>
  );
}
