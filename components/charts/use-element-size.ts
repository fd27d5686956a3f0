"use client";

import { useEffect, useRef, useState } from "react";

/**
 * The size of a chart's box, for charts drawn at explicit pixel sizes. Unlike Recharts'
 * ResponsiveContainer, the chart's own height never feeds back into the measurement, so print
 * styles can scale the drawn SVG without the chart collapsing.
 *
 * `measured` stays false on the server and until the browser has laid the box out: a chart drawn at
 * the `initial` guess would be 900 px wide on a phone for a frame.
 */
export function useElementSize<T extends HTMLElement>(initial: { width: number; height: number }) {
  const ref = useRef<T>(null);
  const [size, setSize] = useState({ ...initial, measured: false });
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const { width, height } = entry.contentRect;
      setSize((previous) =>
        previous.measured && Math.round(width) === previous.width && Math.round(height) === previous.height
          ? previous
          : { width: Math.round(width), height: Math.round(height), measured: true },
      );
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, size] as const;
}
