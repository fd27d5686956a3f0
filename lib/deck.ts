/**
 * A presentation deck is a list of views, each a chart kind with the filters it was added with.
 * It lives in the URL (/present?v=lq~region=06073~top=10&v=employment~t1=5000) so a deck can be
 * shared as a link, and in the browser's storage for convenience.
 */
export const deckKinds = [
  "lq",
  "employment",
  "portfolio",
  "cluster",
  "manufacturing",
  "plants",
  "published",
  "insured",
  "bothsides",
  "compare",
] as const;
export type DeckKind = (typeof deckKinds)[number];
/** `title` is the reader's own slide title, shown above the chart's generated one. */
export type DeckItem = { kind: DeckKind; params: Record<string, string>; title?: string };

export const defaultDeck: DeckItem[] = [
  { kind: "lq", params: { top: "10" } },
  { kind: "employment", params: { top: "20" } },
  { kind: "portfolio", params: { code: "us-side" } },
];

/**
 * A deck is a briefing, not a data dump: 30 slides is a long meeting. A link with more is cut to the
 * first 30 with a notice, so one request cannot make the server build thousands of charts.
 */
export const maxDeckSlides = 30;
/** Readable from the back of a room: the longest ranking a slide draws (the CSV has them all). */
export const slideBarLimit = 12;
// A view has a handful of filters (region, year, thresholds, a list of up to 30 region codes).
const maxParamsPerView = 12;
const paramValuePattern = /^[A-Za-z0-9,._-]{0,700}$/;
/** A slide title is a headline, not a paragraph. */
export const maxSlideTitleLength = 120;
// A title travels percent-encoded inside its view, with "~" (the view's separator) escaped too.
const maxEncodedTitleLength = 1200;

export function encodeDeckItem(item: DeckItem): string {
  const title = item.title ? [`title=${encodeURIComponent(item.title).replace(/~/g, "%7E")}`] : [];
  return [item.kind, ...Object.entries(item.params).map(([name, value]) => `${name}=${value}`), ...title].join("~");
}

/** The title as the reader meant it, or null when it is not one (too long, control characters, bad escapes). */
export function cleanSlideTitle(text: string): string | null {
  const title = text.replace(/\s+/g, " ").trim();
  if (!title || title.length > maxSlideTitleLength || /[\u0000-\u001f\u007f]/.test(title)) return null;
  return title;
}

/** A link typed or pasted by hand may carry the title already decoded ("100%", spaces): taken as it is. */
function decodeTitle(value: string): string | null {
  if (value.length > maxEncodedTitleLength) return null;
  try {
    return cleanSlideTitle(decodeURIComponent(value));
  } catch {
    return cleanSlideTitle(value);
  }
}

export function decodeDeckItem(text: string): DeckItem | null {
  const [kind, ...pairs] = text.split("~");
  if (!deckKinds.includes(kind as DeckKind) || pairs.length > maxParamsPerView) return null;
  const params: Record<string, string> = {};
  let title: string | undefined;
  for (const pair of pairs) {
    const [name, value] = pair.split("=");
    if (name === "title" && value !== undefined) {
      const decoded = decodeTitle(pair.slice("title=".length));
      if (decoded === null) return null;
      title = decoded;
      continue;
    }
    if (!name || value === undefined || !/^[a-z0-9]{1,20}$/i.test(name) || !paramValuePattern.test(value)) return null;
    params[name] = value;
  }
  return title ? { kind: kind as DeckKind, params, title } : { kind: kind as DeckKind, params };
}

export function deckQuery(items: DeckItem[], slide?: number): string {
  const params = new URLSearchParams(items.map((item) => ["v", encodeDeckItem(item)]));
  if (slide) params.set("slide", String(slide));
  return params.toString();
}

export const deckStorageKey = "calibaja-deck";

export function readStoredDeck(): DeckItem[] {
  try {
    const stored = JSON.parse(localStorage.getItem(deckStorageKey) ?? "[]") as unknown;
    return Array.isArray(stored)
      ? stored.map((entry) => decodeDeckItem(String(entry))).filter((item): item is DeckItem => item !== null)
      : [];
  } catch {
    return [];
  }
}

export function storeDeck(items: DeckItem[]): void {
  localStorage.setItem(deckStorageKey, JSON.stringify(items.slice(0, maxDeckSlides).map(encodeDeckItem)));
}
