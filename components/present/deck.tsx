"use client";

import { useLocale, useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { RankedBarChart } from "@/components/charts/ranked-bar-chart";
import { PortfolioBubbleChart } from "@/components/regions/portfolio-bubble-chart";
import { TimeSeriesChart } from "@/components/charts/time-series-chart";
import { Legend } from "@/components/charts/legend";
import { LqHeatmap } from "@/components/compare/lq-heatmap";
import { Link, useRouter } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { formatters } from "@/lib/format";
import { presentDefaults } from "@/lib/filter-defaults";
import { deckQuery, readStoredDeck, slideBarLimit, storeDeck, type DeckItem } from "@/lib/deck";
import { DeckEditor } from "./deck-editor";
import type { Slide } from "@/lib/present/slides";
import { useUrlState, type UrlStateRules } from "@/lib/use-url-state";

const slideRules: UrlStateRules<{ slide: number }> = { defaults: presentDefaults };

const hideControlsAfterMs = 3000;
// Recharts measures its container after mount and animates in; printing before then prints empty frames.
const printLayoutDelayMs = 1000;

/**
 * Full-screen slides: keyboard and presentation clickers, one URL per slide, self-hiding controls; the
 * slides can be reordered, removed and retitled, and the deck downloads as PowerPoint or prints as a PDF.
 */
export function Deck({
  slides,
  items,
  isDefault,
  printAll,
  notice,
  requestedSlide,
}: {
  slides: Slide[];
  /** The views behind slides 2…n (slide 1 is the title slide). */
  items: DeckItem[];
  /** The link named no views: the deck collected in this browser, if any, replaces the default one. */
  isDefault: boolean;
  printAll: boolean;
  notice: string | null;
  /** The slide the URL asks for (1 is the title slide). */
  requestedSlide: number;
}) {
  const t = useTranslations("present");
  const locale = useLocale() as Locale;
  const router = useRouter();
  // The same object while the server's slide is the same: the URL state keeps its values by it.
  const serverSlide = useMemo(() => ({ slide: requestedSlide }), [requestedSlide]);
  const [{ slide: slideNumber }, setUrl] = useUrlState(serverSlide, slideRules);
  const index = Math.min(slideNumber, slides.length) - 1;
  const [controlsVisible, setControlsVisible] = useState(true);
  const [editing, setEditing] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!isDefault) return;
    const stored = readStoredDeck();
    if (stored.length) router.replace(`/present?${deckQuery(stored)}${printAll ? "&print=1" : ""}`);
  }, [isDefault, printAll, router]);

  const apply = useCallback(
    (next: DeckItem[], slide: number) => {
      storeDeck(next);
      router.replace(next.length ? `/present?${deckQuery(next, slide)}` : "/present");
    },
    [router],
  );

  const go = useCallback(
    (next: number) => {
      setUrl({ slide: Math.max(0, Math.min(slides.length - 1, next)) + 1 });
    },
    [slides.length, setUrl],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || editing || printAll) return;
      const actions: Record<string, () => void> = {
        ArrowRight: () => go(index + 1),
        PageDown: () => go(index + 1),
        " ": () => go(index + 1),
        ArrowLeft: () => go(index - 1),
        PageUp: () => go(index - 1),
        Home: () => go(0),
        End: () => go(slides.length - 1),
        f: () => void (document.fullscreenElement ? document.exitFullscreen() : rootRef.current?.requestFullscreen()),
        F: () => void (document.fullscreenElement ? document.exitFullscreen() : rootRef.current?.requestFullscreen()),
        // In full screen the browser's own Esc leaves full screen first; a second Esc leaves the deck.
        Escape: () => (document.fullscreenElement ? void document.exitFullscreen() : router.push("/")),
      };
      const action = actions[event.key];
      if (action) {
        event.preventDefault();
        action();
      }
    };
    window.addEventListener("keydown", onKey);
    // Keys pressed before hydration are lost: say when the deck listens (tests and clickers wait for it).
    rootRef.current?.setAttribute("data-interactive", "true");
    return () => window.removeEventListener("keydown", onKey);
  }, [go, index, slides.length, router, editing, printAll]);

  useEffect(() => {
    let timer = setTimeout(() => setControlsVisible(false), hideControlsAfterMs);
    const show = () => {
      setControlsVisible(true);
      clearTimeout(timer);
      timer = setTimeout(() => setControlsVisible(false), hideControlsAfterMs);
    };
    window.addEventListener("mousemove", show);
    return () => {
      clearTimeout(timer);
      window.removeEventListener("mousemove", show);
    };
  }, []);

  if (printAll) return <PrintedDeck slides={slides} notice={notice} />;

  const slide = slides[index]!;
  const query = deckQuery(items);
  return (
    <div
      className="deck"
      ref={rootRef}
      data-controls={controlsVisible || editing ? "visible" : "hidden"}
      data-testid="deck"
      aria-roledescription={t("deckLabel")}
    >
      <SlideView slide={slide} index={index} notice={notice} />
      {editing ? (
        <DeckEditor slides={slides} items={items} current={index} onChange={apply} onClose={() => setEditing(false)} />
      ) : null}
      <nav className="deck-controls" aria-label={t("deckLabel")}>
        <button
          type="button"
          className="button"
          onClick={() => go(index - 1)}
          disabled={index === 0}
          aria-label={t("previous")}
        >
          ←
        </button>
        <span className="deck-counter" data-testid="slide-counter">
          {t("counter", { current: index + 1, total: slides.length })}
        </span>
        <button
          type="button"
          className="button"
          onClick={() => go(index + 1)}
          disabled={index === slides.length - 1}
          aria-label={t("next")}
        >
          →
        </button>
        <button type="button" className="button" onClick={() => void rootRef.current?.requestFullscreen()}>
          {t("fullscreen")}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => setEditing(!editing)}
          aria-expanded={editing}
          data-testid="edit-deck"
        >
          {t("editSlides")}
        </button>
        <a
          className="button"
          href={`/api/export/deck?${query}${query ? "&" : ""}lang=${locale}`}
          download
          data-testid="download-pptx"
        >
          {t("downloadPptx")}
        </a>
        <Link className="button" href={`/present?${query}${query ? "&" : ""}print=1`} data-testid="download-pdf">
          {t("downloadPdf")}
        </Link>
        <button type="button" className="button" onClick={() => router.push("/")}>
          {t("exit")}
        </button>
        <span className="deck-help">{t("help")}</span>
      </nav>
    </div>
  );
}

/** One slide as the room sees it (and as it prints: one slide per page). */
function SlideView({ slide, index, notice }: { slide: Slide; index: number; notice: string | null }) {
  const t = useTranslations("present");
  const locale = useLocale() as Locale;
  const format = formatters(locale);
  return (
    <section
      className={`slide slide-${slide.kind}`}
      aria-live="polite"
      data-testid="slide"
      data-slide-index={index + 1}
    >
      {slide.kind === "title" ? (
        <div className="slide-title">
          <h1>{slide.title}</h1>
          <p className="slide-subtitle">{slide.subtitle}</p>
          <p className="slide-source">{slide.note}</p>
          {notice ? (
            <p className="slide-notice" role="status">
              {notice}
            </p>
          ) : null}
        </div>
      ) : (
        <>
          {slide.customTitle ? (
            <>
              <h1 className="slide-custom-title" data-testid="slide-title">
                {slide.customTitle}
              </h1>
              <p className="slide-heading">{slide.title}</p>
            </>
          ) : (
            <h1 className="slide-heading" data-testid="slide-title">
              {slide.title}
            </h1>
          )}
          <p className="slide-takeaway" data-testid="takeaway">
            {slide.takeaway}
          </p>
          <div className="slide-chart">
            {slide.kind === "bars" ? (
              <RankedBarChart
                bars={slide.bars.slice(0, slideBarLimit)}
                references={slide.references}
                axisLabel={slide.axisLabel}
                // 19 keeps the smallest text (ticks and values, 0.95 of it) at 18 px on a 1080p projector.
                fontSize={19}
                fill
              />
            ) : slide.kind === "heatmap" ? (
              <LqHeatmap columns={slide.columns} rows={slide.rows} labels={slide.labels} fontSize={22} fit />
            ) : slide.kind === "lines" ? (
              <>
                <TimeSeriesChart
                  series={slide.series}
                  shaded={slide.shaded}
                  axisLabel={slide.axisLabel}
                  formatValue={(value) => format.compact(value)}
                  formatX={(x) => x}
                  fontSize={18}
                  fill
                />
              </>
            ) : (
              <PortfolioBubbleChart
                bubbles={slide.bubbles}
                xLabel={slide.xLabel}
                yLabel={slide.yLabel}
                integerY={slide.yKind === "count"}
                fontSize={18}
                fill
                yFormat={(value) =>
                  slide.yKind === "wage"
                    ? format.compact(value)
                    : slide.yKind === "count"
                      ? format.integer(value)
                      : format.percent(value)
                }
              />
            )}
          </div>
          {(slide.kind === "bars" || slide.kind === "bubbles") && slide.legend.length ? (
            <Legend items={slide.legend} />
          ) : null}
          {slide.kind === "lines" ? (
            <Legend items={slide.series.map((line) => ({ label: line.label, color: line.color }))} />
          ) : null}
          <p className="slide-source">
            {slide.kind === "bars" && slide.bars.length > slideBarLimit
              ? `${t("truncated", { shown: slideBarLimit, total: slide.bars.length })} `
              : ""}
            {slide.source}
          </p>
        </>
      )}
    </section>
  );
}

/**
 * Every slide, one per printed page, and the browser's print dialog (where "Save as PDF" writes the deck).
 * The dialog opens once the charts have laid out: a chart measured at zero width would print blank.
 */
function PrintedDeck({ slides, notice }: { slides: Slide[]; notice: string | null }) {
  const rootRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const timer = setTimeout(() => {
      rootRef.current?.setAttribute("data-print-ready", "true");
      // Headless browsers (tests) and users who pressed Esc still see the whole deck on the page.
      window.print();
    }, printLayoutDelayMs);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div className="deck deck-print" ref={rootRef} data-testid="deck">
      {slides.map((slide, index) => (
        <SlideView key={index} slide={slide} index={index} notice={notice} />
      ))}
    </div>
  );
}
