"use client";

import { useLocale } from "next-intl";
import type { MouseEvent } from "react";
import { useRouter } from "@/i18n/navigation";
import { deckQuery, readStoredDeck } from "@/lib/deck";

/** Opens the presentation: the deck collected in this browser, or the default deck. */
export function PresentLink({ label }: { label: string }) {
  const router = useRouter();
  const locale = useLocale();
  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    const stored = readStoredDeck();
    if (stored.length === 0 || event.metaKey || event.ctrlKey) return;
    event.preventDefault();
    router.push(`/present?${deckQuery(stored)}`);
  };
  return (
    <a href={locale === "es" ? "/es/present" : "/present"} onClick={open} data-testid="present-link">
      {label}
    </a>
  );
}
