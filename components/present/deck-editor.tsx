"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { cleanSlideTitle, maxSlideTitleLength, type DeckItem } from "@/lib/deck";
import type { Slide } from "@/lib/present/slides";

/**
 * The deck's slides as a list: move a slide up or down, remove it, or give it a title of one's own.
 * Each change rewrites the deck's link (and this browser's stored deck), so a reload keeps it.
 */
export function DeckEditor({
  slides,
  items,
  current,
  onChange,
  onClose,
}: {
  slides: Slide[];
  items: DeckItem[];
  current: number;
  /** The new list of views and the slide (1-based, title slide included) to show after the change. */
  onChange: (items: DeckItem[], slide: number) => void;
  onClose: () => void;
}) {
  const t = useTranslations("present");
  const chartSlides = slides.slice(1);
  const move = (from: number, to: number) => {
    const next = [...items];
    const [moved] = next.splice(from, 1);
    next.splice(to, 0, moved!);
    onChange(next, to + 2);
  };
  const remove = (at: number) =>
    onChange(
      items.filter((_, index) => index !== at),
      Math.max(1, Math.min(current + 1, items.length)),
    );
  const retitle = (at: number, title: string | null) =>
    onChange(
      items.map((item, index) => {
        if (index !== at) return item;
        const { title: _previous, ...rest } = item;
        return title ? { ...rest, title } : rest;
      }),
      at + 2,
    );
  return (
    <section className="deck-editor" aria-labelledby="deck-editor-heading" data-testid="deck-editor">
      <div className="deck-editor-head">
        <h2 id="deck-editor-heading">{t("editSlides")}</h2>
        <button type="button" className="button" onClick={onClose}>
          {t("doneEditing")}
        </button>
      </div>
      {items.length === 0 ? <p>{t("emptyDeck")}</p> : null}
      <ol>
        {items.map((item, at) => {
          const slide = chartSlides[at];
          const generated = slide && slide.kind !== "title" ? slide.title : item.kind;
          return (
            <li key={`${at}-${item.kind}-${item.title ?? ""}`} data-testid="deck-editor-slide">
              <span className="deck-editor-name">{generated}</span>
              <TitleField
                label={t("slideTitleLabel", { number: at + 2 })}
                initial={item.title ?? ""}
                placeholder={t("slideTitlePlaceholder")}
                onCommit={(title) => {
                  if ((title ?? "") !== (item.title ?? "")) retitle(at, title);
                }}
              />
              <span className="deck-editor-actions">
                <button
                  type="button"
                  className="button"
                  onClick={() => move(at, at - 1)}
                  disabled={at === 0}
                  aria-label={t("moveUp", { name: generated })}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="button"
                  onClick={() => move(at, at + 1)}
                  disabled={at === items.length - 1}
                  aria-label={t("moveDown", { name: generated })}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="button"
                  onClick={() => remove(at)}
                  aria-label={t("removeSlide", { name: generated })}
                >
                  {t("remove")}
                </button>
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** A title is committed on Enter or when the field loses focus, not on every key (each commit reloads the deck). */
function TitleField({
  label,
  initial,
  placeholder,
  onCommit,
}: {
  label: string;
  initial: string;
  placeholder: string;
  onCommit: (title: string | null) => void;
}) {
  const [value, setValue] = useState(initial);
  return (
    <label className="deck-editor-title">
      <span className="visually-hidden">{label}</span>
      <input
        type="text"
        value={value}
        maxLength={maxSlideTitleLength}
        placeholder={placeholder}
        onChange={(event) => setValue(event.target.value)}
        onBlur={() => onCommit(cleanSlideTitle(value))}
        onKeyDown={(event) => {
          if (event.key === "Enter") onCommit(cleanSlideTitle(value));
        }}
      />
    </label>
  );
}
