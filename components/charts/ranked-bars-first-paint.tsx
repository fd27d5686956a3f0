import type { CSSProperties } from "react";
import type { RankedBar, ReferenceMark } from "@/lib/charts/bars";

/** How far along the value axis a value sits, in percent of the last tick. */
const percentOf = (value: number, axisMax: number) => `${Math.min(100, Math.max(0, (value / axisMax) * 100))}%`;

/** The centre of a text of half-width `half` at a value, kept `half` inside either edge of the plot. */
const clampedLeft = (value: number, axisMax: number, half: number) =>
  `clamp(${half.toFixed(1)}px, ${percentOf(value, axisMax)}, calc(100% - ${half.toFixed(1)}px))`;

/**
 * The ranked bars as HTML, for the first paint: Recharts 3 draws nothing on the server
 * (recharts/recharts#5997) and the browser does not know the chart's width until it has laid the page
 * out, so the server sends this and the SVG chart replaces it once its box is measured. Percent widths
 * and a container query lay it out for any width without measuring: labels in a column beside the bars,
 * or on their own line above each bar under 560 px, as the SVG chart does.
 */
export function RankedBarsFirstPaint({
  bars,
  references,
  axisLabel,
  ticks,
  formatTick,
  fontSize,
  barHeight,
  labelColumnWidth,
  valueLabelRoom,
}: {
  bars: RankedBar[];
  references: ReferenceMark[];
  axisLabel: string;
  ticks: number[];
  formatTick: (value: number) => string;
  fontSize: number;
  barHeight: number;
  labelColumnWidth: number;
  valueLabelRoom: number;
}) {
  const axisMax = ticks.at(-1) || 1;
  const smallFont = Math.max(12, fontSize * 0.95);
  const style = {
    "--first-paint-font": `${fontSize}px`,
    "--first-paint-small-font": `${smallFont}px`,
    "--first-paint-label-column": `${Math.round(labelColumnWidth)}px`,
    "--first-paint-value-room": `${Math.round(valueLabelRoom)}px`,
    "--first-paint-bar": `${barHeight}px`,
  } as CSSProperties;
  // Grid and reference lines are drawn again in every row's track: the rows touch, so they read as one line.
  const lines = (
    <>
      {ticks.map((tick) => (
        <span key={`tick-${tick}`} className="first-paint-gridline" style={{ left: percentOf(tick, axisMax) }} />
      ))}
      {references.map((mark) => (
        <span
          key={`reference-${mark.label}`}
          className="first-paint-reference"
          style={{ left: percentOf(mark.value, axisMax), borderColor: mark.color }}
        />
      ))}
    </>
  );
  return (
    <div className="first-paint-box" data-first-paint="">
      <div className="first-paint-chart" style={style}>
        {references.length > 0 ? (
          <div className="first-paint-references" style={{ height: `${references.length * fontSize * 1.15 + 4}px` }}>
            {references.map((mark, row) => (
              <span
                key={mark.label}
                data-reference-label=""
                style={{
                  // Centred on its line, but slid inwards where it would run off the chart's edge.
                  left: clampedLeft(mark.value, axisMax, (mark.label.length * smallFont * 0.56) / 2),
                  top: `${(references.length - 1 - row) * fontSize * 1.15}px`,
                }}
              >
                {mark.label}
              </span>
            ))}
          </div>
        ) : null}
        <ol className="first-paint-rows">
          {bars.map((bar) => (
            <li key={bar.key} data-bar-key={bar.key}>
              <span className="first-paint-label" title={bar.label}>
                {bar.label}
                {bar.sublabel ? <small>{bar.sublabel}</small> : null}
              </span>
              <span className="first-paint-track">
                {lines}
                <span
                  className="first-paint-bar"
                  data-value={bar.missing ? "" : bar.value}
                  style={{
                    width: bar.missing ? 0 : percentOf(bar.value, axisMax),
                    background: bar.missing ? "transparent" : bar.color,
                  }}
                />
                <span className="first-paint-value" style={{ left: bar.missing ? 0 : percentOf(bar.value, axisMax) }}>
                  {bar.valueLabel}
                </span>
              </span>
            </li>
          ))}
        </ol>
        <div className="first-paint-axis">
          <span className="first-paint-ticks">
            {ticks.map((tick) => (
              <span
                key={tick}
                style={{ left: clampedLeft(tick, axisMax, (formatTick(tick).length * smallFont * 0.6) / 2) }}
              >
                {formatTick(tick)}
              </span>
            ))}
          </span>
          <span className="first-paint-axis-label">{axisLabel}</span>
        </div>
      </div>
    </div>
  );
}
