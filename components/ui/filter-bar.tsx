"use client";

import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { usePathname, useRouter } from "@/i18n/navigation";

export type FilterOption = { value: string; label: string };
export type FilterField = { name: string; label: string; value: string; options: FilterOption[] };

/**
 * Region, year and cluster type change what the server reads, so they navigate (the page is
 * rendered again with data); every other parameter in the URL is kept.
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
  return (
    <form className="filter-bar" aria-busy={pending} onSubmit={(event) => event.preventDefault()}>
      {fields.map((field) => (
        <label key={field.name}>
          <span className="control-label">{field.label}</span>
          <select
            name={field.name}
            value={field.value}
            onChange={(event) => change(field.name, event.target.value)}
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
