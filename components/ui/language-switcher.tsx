"use client";

import { useLocale } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/i18n/navigation";

/** Switches language on the same page, keeping every filter in the query string. */
export function LanguageSwitcher({ label, ariaLabel }: { label: string; ariaLabel: string }) {
  const locale = useLocale();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const other = locale === "es" ? "en" : "es";
  const query = Object.fromEntries(searchParams.entries());
  return (
    <Link href={{ pathname, query }} locale={other} className="button" aria-label={ariaLabel} hrefLang={other} data-testid="language-switch">
      {label}
    </Link>
  );
}
