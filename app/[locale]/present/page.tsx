import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { Deck } from "@/components/present/deck";
import { decodeDeckItem, defaultDeck, maxDeckSlides, type DeckItem } from "@/lib/deck";
import { intlLocale } from "@/i18n/routing";
import { buildSlide, type Slide } from "@/lib/present/slides";
import type { RawSearchParams } from "@/lib/search-params";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "present" });
  return { title: t("deckLabel") };
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
  const linked = ([] as string[]).concat(query.v ?? []);
  const requested = linked.slice(0, maxDeckSlides);
  const decoded = requested.map((text) => ({ text, item: decodeDeckItem(text) }));
  const items: DeckItem[] = requested.length
    ? decoded.flatMap((entry) => (entry.item ? [entry.item] : []))
    : defaultDeck;
  const built = await Promise.all(items.map((item) => buildSlide(item, locale)));
  // Shown back to the reader shortened: a link is not a place to echo long input.
  const shown = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);
  const skipped = [
    ...decoded.filter((entry) => !entry.item).map((entry) => shown(entry.text)),
    ...items.filter((_, index) => !built[index]).map((item) => item.kind),
  ];
  const notices = [
    linked.length > maxDeckSlides ? t("tooManySlides", { requested: linked.length, count: maxDeckSlides }) : null,
    skipped.length ? t("skipped", { items: skipped.join(", ") }) : null,
  ].filter((notice) => notice !== null);
  const date = new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: "long" }).format(new Date());
  const slides: Slide[] = [
    { kind: "title", title: t("title"), subtitle: t("subtitle", { date }), note: t("sourcesLine") },
    ...built.filter((slide): slide is Slide => slide !== null),
  ];
  return <Deck slides={slides} notice={notices.length ? notices.join(" ") : null} />;
}
