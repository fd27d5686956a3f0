"use client";

import { useTranslations } from "next-intl";
import { useState, type RefObject } from "react";
import { maxDeckSlides, readStoredDeck, storeDeck, type DeckItem } from "@/lib/deck";
import { downloadChartImage, type ImageCaption } from "./chart-image";

/**
 * The chart's SVG: Recharts draws most charts; hand-drawn SVG charts (the heatmap) mark themselves with
 * data-chart-svg. Until a chart has measured its box the frame holds its first-paint HTML bars, so a
 * click that early waits a few seconds for the SVG rather than doing nothing.
 */
async function drawnChart(body: HTMLElement | null): Promise<SVGSVGElement | null> {
  const deadline = performance.now() + 5000;
  for (;;) {
    const svg = body?.querySelector<SVGSVGElement>("svg.recharts-surface, svg[data-chart-svg]") ?? null;
    if (svg || performance.now() > deadline) return svg;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** PNG / SVG of the chart with its caption drawn in, and "Add to presentation". */
export function ChartTools({
  bodyRef,
  caption,
  imageName,
  deckItem,
  beforeCapture,
}: {
  bodyRef: RefObject<HTMLDivElement | null>;
  caption: ImageCaption;
  imageName: string;
  deckItem?: DeckItem;
  beforeCapture: () => Promise<void>;
}) {
  const t = useTranslations("export");
  const [added, setAdded] = useState<number | null>(null);
  const capture = async (format: "png" | "svg") => {
    await beforeCapture();
    const svg = await drawnChart(bodyRef.current);
    if (svg) await downloadChartImage(svg, caption, format, imageName);
  };
  const addToDeck = () => {
    if (!deckItem) return;
    const stored = readStoredDeck();
    if (stored.length >= maxDeckSlides) return setAdded(-1);
    storeDeck([...stored, deckItem]);
    setAdded(stored.length + 1);
  };
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => capture("png")}
        aria-label={t("pngLabel")}
        title={t("pngLabel")}
        data-testid={`${imageName}-png`}
      >
        {t("png")}
      </button>
      <button
        type="button"
        className="button"
        onClick={() => capture("svg")}
        aria-label={t("svgLabel")}
        title={t("svgLabel")}
        data-testid={`${imageName}-svg`}
      >
        {t("svg")}
      </button>
      {deckItem ? (
        <button type="button" className="button" onClick={addToDeck} data-testid="add-to-deck" aria-live="polite">
          {added === -1
            ? t("deckFull", { count: maxDeckSlides })
            : added
              ? t("addedToDeck", { count: added })
              : t("addToDeck")}
        </button>
      ) : null}
    </>
  );
}
