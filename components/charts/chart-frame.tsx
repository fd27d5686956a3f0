"use client";

import { useId, useRef, useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { DeckItem } from "@/lib/deck";
import { ChartTools } from "./chart-tools";

export type ChartFrameProps = {
  id: string;
  title: string;
  subtitle?: string;
  /** What the numbers cover: geography, year, source and benchmark. Always shown. */
  coverage: string;
  notes?: string[];
  /** A sentence for screen readers (and the print handout) that states what the chart shows. */
  summary: string;
  controls?: ReactNode;
  table: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
  /** Download CSV and other actions that act on the chart's numbers. */
  actions?: ReactNode;
  /** File name (without extension) of the PNG / SVG downloads. */
  imageName?: string;
  legend?: { label: string; color: string }[];
  deckItem?: DeckItem;
};

/** Every chart's frame: title, coverage line, chart or table view of the same numbers, notes. */
export function ChartFrame({
  id,
  title,
  subtitle,
  coverage,
  notes = [],
  summary,
  controls,
  table,
  children,
  footer,
  actions,
  imageName,
  legend,
  deckItem,
}: ChartFrameProps) {
  const t = useTranslations("chart");
  const [view, setView] = useState<"chart" | "table">("chart");
  const headingId = useId();
  const bodyRef = useRef<HTMLDivElement>(null);
  // The picture is taken from the drawn chart: show it first if the table is on screen.
  const showChart = () =>
    new Promise<void>((resolve) => {
      setView("chart");
      requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
    });
  return (
    <section className="chart-frame" aria-labelledby={headingId} data-chart={id} data-view={view}>
      <header className="chart-header">
        <div>
          <h2 id={headingId}>{title}</h2>
          {subtitle ? <p className="chart-subtitle">{subtitle}</p> : null}
        </div>
        <div className="chart-actions" role="group" aria-label={title}>
          <button type="button" className="button" aria-pressed={view === "chart"} onClick={() => setView("chart")}>
            {t("showChart")}
          </button>
          <button
            type="button"
            className="button"
            aria-pressed={view === "table"}
            onClick={() => setView("table")}
            data-testid={`${id}-table-toggle`}
          >
            {t("showTable")}
          </button>
          {actions}
          {imageName ? (
            <ChartTools
              bodyRef={bodyRef}
              caption={{ title, subtitle, source: [coverage, ...notes].join(" "), legend }}
              imageName={imageName}
              deckItem={deckItem}
              beforeCapture={showChart}
            />
          ) : null}
        </div>
      </header>
      {controls ? <div className="chart-controls">{controls}</div> : null}
      <p className="visually-hidden" data-testid={`${id}-summary`}>
        {summary}
      </p>
      <div className="chart-body" hidden={view !== "chart"} aria-hidden="true" ref={bodyRef}>
        {children}
      </div>
      <div className="chart-table" hidden={view !== "table"} data-testid={`${id}-table`}>
        {table}
      </div>
      {footer}
      <p className="coverage-line" data-testid={`${id}-coverage`}>
        {coverage}
      </p>
      {notes.length > 0 ? (
        <ul className="chart-notes">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
