"use client";

import { useLocale } from "next-intl";
import { useSearchParams } from "next/navigation";
import type { MouseEvent } from "react";
import { Link, usePathname, useRouter } from "@/i18n/navigation";

/** Switches language on the same page, keeping every filter in the query string. */
export function LanguageSwitcher({ label, ariaLabel }: { label: string; ariaLabel: string }) {
  const locale = useLocale();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const other = locale === "es" ? "en" : "es";
  const router = useRouter();
  const query = Object.fromEntries(searchParams.entries());
  // The address bar is the truth: islands rewrite it in place, so read it at the moment of the click.
  const switchLanguage = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    router.push(
      { pathname, query: Object.fromEntries(new URLSearchParams(window.location.search).entries()) },
      { locale: other },
    );
  };
  return (
    <Link
      href={{ pathname, query }}
      locale={other}
      onClick={switchLanguage}
      className="button"
      aria-label={ariaLabel}
      hrefLang={other}
      data-testid="language-switch"
    >
      {label}
    </Link>
  );
}
