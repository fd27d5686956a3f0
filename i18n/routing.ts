import { defineRouting } from "next-intl/routing";

export const routing = defineRouting({
  locales: ["en", "es"],
  defaultLocale: "en",
  // English lives at /, Spanish at /es: the language is always read from the URL alone, so a
  // copied link shows the same view to everyone (no cookie or Accept-Language redirects).
  localePrefix: "as-needed",
  localeDetection: false,
  // The alternate-language Link header would be built from the request's Host and X-Forwarded-Host,
  // which any client can set; the language switch in the header links the other language instead.
  alternateLinks: false,
});

export type Locale = (typeof routing.locales)[number];

/** Number and date formats per language: U.S. English and Mexican Spanish. */
export const intlLocale: Record<Locale, string> = { en: "en-US", es: "es-MX" };
