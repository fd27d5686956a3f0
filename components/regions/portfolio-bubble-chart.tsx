"use client";

import { lazy, Suspense } from "react";
import { chartColors } from "@/lib/charts/colors";
import { useElementSize } from "@/components/charts/use-element-size";
import type { Bubble } from "@/lib/charts/bars";

const PortfolioBubblesSvg = lazy(() =>
  import("./portfolio-bubbles-svg").then((module) => ({ default: module.PortfolioBubblesSvg })),
);

const logTicks = [0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8, 16, 32];
const bubbleArea = { min: 40, max: 1800 };
// On a phone the plot is a third as wide: bubbles a third the area, fewer labels, slimmer margins.
const phoneBubbleArea = { min: 20, max: 600 };
const phoneWidth = 480;

export type { Bubble };

/** Cluster portfolio: x = location quotient (log scale, quadrant line at 1), y = wage or change, size = employment. */
export function PortfolioBubbleChart({
  bubbles,
  xLabel,
  yLabel,
  yFormat,
  integerY = false,
  fontSize = 12,
  fill = false,
}: {
  bubbles: Bubble[];
  xLabel: string;
  yLabel: string;
  yFormat: (value: number) => string;
  integerY?: boolean;
  /** Ticks, axis titles and bubble labels (slides pass 18: readable on a 1080p projector). */
  fontSize?: number;
  /** Take the height of the box (slides) instead of a fixed one. */
  fill?: boolean;
}) {
  const [minX, maxX] = [Math.min(...bubbles.map((bubble) => bubble.x)), Math.max(...bubbles.map((bubble) => bubble.x))];
  // A log scale puts LQ 0.5 and 2 at the same distance from 1; ticks at readable values around the data.
  const xTicks = logTicks.filter(
    (tick, index) =>
      tick >= (logTicks[Math.max(0, logTicks.findIndex((t) => t > minX) - 1)] ?? 0) &&
      (index === 0 || logTicks[index - 1]! < maxX),
  );
  const [boxRef, box] = useElementSize<HTMLDivElement>({ width: 900, height: 480 });
  const phone = box.width < phoneWidth;
  const area = phone ? phoneBubbleArea : bubbleArea;
  const colorOf = (bubble: Bubble) => bubble.color ?? (bubble.traded ? chartColors.traded : chartColors.local);
  const series = [...new Set(bubbles.map(colorOf))].map((color) => ({
    name: color,
    color,
    data: bubbles.filter((bubble) => colorOf(bubble) === color),
  }));
  // Reserves the chart's height until the browser has measured its width (no 900 px chart on a phone)
  // and Recharts has arrived.
  const placeholder = <div className="chart-placeholder" style={{ height: fill ? "100%" : 480 }} />;
  return (
    <div ref={boxRef} className="chart-box" style={{ height: fill ? "100%" : undefined }}>
      {box.measured ? (
        <Suspense fallback={placeholder}>
          <PortfolioBubblesSvg
            bubbles={bubbles}
            series={series}
            xTicks={xTicks}
            xLabel={xLabel}
            yLabel={yLabel}
            yFormat={yFormat}
            integerY={integerY}
            fontSize={fontSize}
            width={Math.max(box.width, 200)}
            height={fill ? Math.max(box.height, 300) : phone ? 400 : 480}
            phone={phone}
            area={area}
          />
        </Suspense>
      ) : (
        placeholder
      )}
      {phone ? (
        <p className="axis-caption" data-testid="x-axis-caption">
          {xLabel}
        </p>
      ) : null}
    </div>
  );
}
