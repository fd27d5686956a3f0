"use client";

import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useState, type KeyboardEvent } from "react";
import { useRouter } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { localName } from "@/lib/format";
import type { SearchHit } from "@/lib/queries/search";

type Option = { key: string; href: string; label: string; detail: string };

const typingPauseMs = 200;

/**
 * One search box for the whole site (a WAI-ARIA combobox): clusters, regions and industries by name in
 * either language or by code. ↓ / ↑ move through the results, Enter opens one, Esc closes the list.
 */
export function SiteSearch() {
  const t = useTranslations("search");
  const locale = useLocale() as Locale;
  const router = useRouter();
  const listId = useId();
  const [text, setText] = useState("");
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), typingPauseMs);
    return () => clearTimeout(timer);
  }, [text]);

  const { data, isFetching, isError } = useQuery({
    queryKey: ["search", query],
    enabled: query.length >= 2 || /^\d$/.test(query),
    queryFn: async ({ signal }) => {
      const response = await fetch(`/api/search?${new URLSearchParams({ q: query })}`, { signal });
      if (!response.ok) throw new Error(`search answered ${response.status}`);
      return ((await response.json()) as { hits: SearchHit[] }).hits;
    },
    staleTime: 60_000,
  });

  const name = (entry: { nameEn: string; nameEs: string }) => localName(locale, entry);
  const options: Option[] = (query ? (data ?? []) : []).map((hit) =>
    hit.kind === "cluster"
      ? { key: `c${hit.code}`, href: `/clusters/${hit.code}`, label: name(hit), detail: t("cluster") }
      : hit.kind === "region"
        ? { key: `r${hit.code}`, href: `/regions/${hit.code}`, label: name(hit), detail: t("region") }
        : {
            key: `i${hit.code}-${hit.clusterCode}`,
            href: `/clusters/${hit.clusterCode}#industries-heading`,
            // An industry without a title in this language shows the other one rather than none.
            label: `${hit.code} ${localName(locale, { nameEn: hit.titleEn ?? hit.titleEs, nameEs: hit.titleEs ?? hit.titleEn }) ?? ""}`,
            detail: t("industry", {
              system: hit.systems.map((system) => system.replace(/(\d{4})$/, " $1")).join(", "),
              cluster: localName(locale, { nameEn: hit.clusterEn, nameEs: hit.clusterEs }),
            }),
          },
  );
  const showList = open && query.length > 0 && (options.length > 0 || !isFetching);
  const chosen = Math.min(active, Math.max(0, options.length - 1));

  const go = (option: Option | undefined) => {
    if (!option) return;
    setOpen(false);
    setText("");
    router.push(option.href);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((chosen + step + options.length) % Math.max(1, options.length));
    } else if (event.key === "Enter") {
      event.preventDefault();
      go(options[chosen]);
    } else if (event.key === "Escape") {
      setOpen(false);
    }
  };

  return (
    <div className="site-search" role="search">
      <label className="visually-hidden" htmlFor={`${listId}-input`}>
        {t("label")}
      </label>
      <input
        id={`${listId}-input`}
        type="search"
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && options[chosen] ? `${listId}-${options[chosen].key}` : undefined}
        placeholder={t("placeholder")}
        value={text}
        maxLength={60}
        autoComplete="off"
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        // Leaving the box closes the list, after a click on a result has had its turn.
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        data-testid="site-search"
      />
      {showList ? (
        <ul id={listId} role="listbox" className="site-search-results" aria-label={t("results")}>
          {isError ? (
            <li className="site-search-empty">{t("failed")}</li>
          ) : options.length === 0 ? (
            <li className="site-search-empty">{t("none", { query })}</li>
          ) : (
            options.map((option, index) => (
              <li
                key={option.key}
                id={`${listId}-${option.key}`}
                role="option"
                aria-selected={index === chosen}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => go(option)}
                onMouseEnter={() => setActive(index)}
              >
                <span className="site-search-label">{option.label}</span>
                <span className="site-search-detail">{option.detail}</span>
              </li>
            ))
          )}
        </ul>
      ) : null}
    </div>
  );
}
