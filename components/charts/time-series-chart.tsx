"use client";

import { lazy, Suspense } from "react";
import type { LineSeries, ShadedSpan } from "@/lib/charts/bars";
import { useElementSize } from "./use-element-size";

const TimeSeriesSvg = lazy(() => import("./time-series-svg").then((module) => ({ default: module.TimeSeriesSvg })));

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
  // Reserves the chart's height until the browser has measured its width (no 900 px chart on a phone)
  // and Recharts has arrived.
  const placeholder = <div className="chart-placeholder" style={{ height: fill ? "100%" : height }} />;
  return (
    <div ref={boxRef} className="chart-box" style={{ height: fill ? "100%" : undefined }}>
      {phone && box.measured ? (
        <p className="axis-caption axis-caption-y" data-testid="y-axis-caption">
          {axisLabel}
        </p>
      ) : null}
      {box.measured ? (
        <Suspense fallback={placeholder}>
          <TimeSeriesSvg
            series={series}
            shaded={shaded}
            data={data}
            formatValue={formatValue}
            formatX={formatX}
            axisLabel={axisLabel}
            width={Math.max(box.width, 200)}
            height={fill ? Math.max(box.height, 200) : height}
            phone={phone}
            fontSize={fontSize}
          />
        </Suspense>
      ) : (
        placeholder
      )}
    </div>
  );
}
