"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, useTransition, type KeyboardEvent } from "react";
import { usePathname, useRouter } from "@/i18n/navigation";

export type FilterOption = { value: string; label: string };
export type FilterField = { name: string; label: string; value: string; options: FilterOption[] };

// Keys that step a closed select through its options, firing a change at every step.
const steppingKeys = new Set(["ArrowUp", "ArrowDown", "PageUp", "PageDown", "Home", "End"]);

/**
 * Region, year and cluster type change what the server reads, so they navigate (the page is
 * rendered again with data); every other parameter in the URL is kept. A choice made with the mouse
 * applies at once; one stepped to with the keyboard applies on Enter or when the field is left, so
 * arrowing through a hundred regions does not load a hundred pages.
 */
export function FilterBar({ fields }: { fields: FilterField[] }) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const t = useTranslations("errors");
  const change = (name: string, value: string) => {
    // Read the address bar itself: islands rewrite it in place (top N, thresholds) and the hook's
    // copy may not have caught up yet.
    const query = Object.fromEntries(new URLSearchParams(window.location.search).entries());
    query[name] = value;
    startTransition(() => router.push({ pathname, query }, { scroll: false }));
  };
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const stepping = useRef(false);
  const commit = (name: string) => {
    const draft = drafts[name];
    if (draft === undefined) return;
    setDrafts(({ [name]: _committed, ...rest }) => rest);
    if (draft !== fields.find((field) => field.name === name)?.value) change(name, draft);
  };
  const onKeyDown = (name: string) => (event: KeyboardEvent<HTMLSelectElement>) => {
    if (steppingKeys.has(event.key) || event.key.length === 1) stepping.current = true;
    if (event.key === "Enter") {
      event.preventDefault();
      commit(name);
    }
  };
  return (
    <form className="filter-bar" aria-busy={pending} onSubmit={(event) => event.preventDefault()}>
      {fields.map((field) => (
        <label key={field.name}>
          <span className="control-label">{field.label}</span>
          <select
            name={field.name}
            value={drafts[field.name] ?? field.value}
            onMouseDown={() => (stepping.current = false)}
            onKeyDown={onKeyDown(field.name)}
            onBlur={() => commit(field.name)}
            onChange={(event) => {
              const value = event.target.value;
              if (stepping.current) setDrafts((current) => ({ ...current, [field.name]: value }));
              else change(field.name, value);
            }}
            data-testid={`filter-${field.name}`}
          >
            {field.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
      ))}
      {pending ? (
        <span className="pending" role="status">
          {t("loading")}
        </span>
      ) : null}
    </form>
  );
}
