"use client";

import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useId, useMemo, useState } from "react";
import type { Locale } from "@/i18n/routing";
import { matchesQuery } from "@/lib/calculations/compare";
import { fetchRegionChoices, regionChoicesQueryKey } from "@/lib/compare-query";
import { localName } from "@/lib/format";
import type { RegionChoice } from "@/lib/queries/compare";

const shownMatches = 8;

/**
 * Search-as-you-type over every region the dashboard holds: the list is fetched once (and cached by
 * React Query), then filtered in the browser on each key, accent- and case-insensitively, in either
 * language's names. Arrow keys move through the matches; Enter adds one.
 */
export function RegionPicker({
  chosen,
  full,
  onAdd,
}: {
  chosen: readonly string[];
  full: boolean;
  onAdd: (code: string) => void;
}) {
  const locale = useLocale() as Locale;
  const t = useTranslations("compare");
  const tk = useTranslations("region.kind");
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const listId = useId();
  const { data: choices = [], isError } = useQuery({
    queryKey: regionChoicesQueryKey,
    queryFn: fetchRegionChoices,
    staleTime: Infinity,
  });
  const matches = useMemo(
    () =>
      query.trim() === ""
        ? []
        : choices
            .filter(
              (choice) =>
                !chosen.includes(choice.code) && matchesQuery(query, [choice.nameEn, choice.nameEs, choice.code]),
            )
            .slice(0, shownMatches),
    [choices, chosen, query],
  );
  const add = (choice: RegionChoice) => {
    if (!choice.hasClusters || full) return;
    onAdd(choice.code);
    setQuery("");
    setActive(0);
  };
  const kindLabel = (kind: string) => (tk.has(kind) ? tk(kind) : kind);

  return (
    <div className="region-picker">
      <label htmlFor={`${listId}-input`}>{t("addRegion")}</label>
      <input
        id={`${listId}-input`}
        type="search"
        role="combobox"
        aria-expanded={matches.length > 0}
        aria-controls={listId}
        aria-activedescendant={matches[active] ? `${listId}-${matches[active]!.code}` : undefined}
        aria-autocomplete="list"
        autoComplete="off"
        placeholder={t("searchPlaceholder")}
        value={query}
        disabled={full}
        data-testid="region-search"
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown") setActive((index) => Math.min(index + 1, matches.length - 1));
          else if (event.key === "ArrowUp") setActive((index) => Math.max(index - 1, 0));
          else if (event.key === "Enter" && matches[active]) add(matches[active]!);
          else if (event.key === "Escape") setQuery("");
          else return;
          event.preventDefault();
        }}
      />
      {full ? <p className="picker-hint">{t("full")}</p> : null}
      {isError ? (
        <p className="picker-hint" role="alert">
          {t("regionsError")}
        </p>
      ) : null}
      {query.trim() !== "" && matches.length === 0 && choices.length > 0 ? (
        <p className="picker-hint" role="status">
          {t("noMatch", { query })}
        </p>
      ) : null}
      {matches.length > 0 ? (
        <ul id={listId} role="listbox" className="picker-options" data-testid="region-options">
          {matches.map((choice, index) => (
            <li
              key={choice.code}
              id={`${listId}-${choice.code}`}
              role="option"
              aria-selected={index === active}
              aria-disabled={!choice.hasClusters}
              className={index === active ? "active" : undefined}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => add(choice)}
            >
              <span>{localName(locale, choice)}</span>
              <small>
                {choice.hasClusters ? kindLabel(choice.kind) : `${kindLabel(choice.kind)} · ${t("noClusterFigures")}`}
              </small>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
