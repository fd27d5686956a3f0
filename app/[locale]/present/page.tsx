import type { Metadata } from "next";
import { pageMetadata } from "@/lib/page-metadata";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { Deck } from "@/components/present/deck";
import { maxDeckSlides } from "@/lib/deck";
import { buildDeck } from "@/lib/present/slides";
import { presentFilters } from "@/lib/filters";
import { parseFilters, type RawSearchParams } from "@/lib/search-params";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "present" });
  return pageMetadata(t("deckLabel"), locale);
}

/** /present?v=lq~region=06073&v=employment&slide=3 — a deck of views as full-screen slides. */
export default async function PresentPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<RawSearchParams>;
}) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const t = await getTranslations("present");
  const query = await searchParams;
  const { slides, items, skipped, requested, isDefault } = await buildDeck(
    ([] as string[]).concat(query.v ?? []),
    locale,
  );
  // A slide number that is not one (slide=0, slide=2.5) opens the deck at its title slide.
  const {
    values: { slide },
  } = parseFilters(presentFilters, query);
  const notices = [
    requested > maxDeckSlides ? t("tooManySlides", { requested, count: maxDeckSlides }) : null,
    skipped.length ? t("skipped", { items: skipped.join(", ") }) : null,
  ].filter((notice) => notice !== null);
  return (
    <Deck
      slides={slides}
      items={items}
      isDefault={isDefault}
      printAll={query.print === "1"}
      notice={notices.length ? notices.join(" ") : null}
      requestedSlide={slide}
    />
  );
}
