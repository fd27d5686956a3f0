import { intlLocale, type Locale } from "../i18n/routing";
import { isFilledIn } from "./calculations/filled-in";

/** Number formats per language (en-US, es-MX); one place so charts, tables and cards agree. */
export function formatters(locale: Locale) {
  const tag = intlLocale[locale];
  const integer = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const lq = new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(tag, {
    style: "percent",
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: "exceptZero",
  });
  const signed = new Intl.NumberFormat(tag, { maximumFractionDigits: 0, signDisplay: "exceptZero" });
  const usd = new Intl.NumberFormat(tag, { style: "currency", currency: "USD", maximumFractionDigits: 0 });
  const compact = new Intl.NumberFormat(tag, { notation: "compact", maximumFractionDigits: 1 });
  const decimal = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
  const orMissing = (format: (value: number) => string) => (value: number | null | undefined) =>
    value === null || value === undefined || !Number.isFinite(value) ? "—" : format(value);
  return {
    integer: orMissing((value) => integer.format(value)),
    lq: orMissing((value) => lq.format(value)),
    percent: orMissing((value) => percent.format(value)),
    signed: orMissing((value) => signed.format(value)),
    usd: orMissing((value) => usd.format(value)),
    compact: orMissing((value) => compact.format(value)),
    /** As many decimals as the value has (up to 2): for figures quoted from a source. */
    decimal: orMissing((value) => decimal.format(value)),
    /** A lower bound keeps its "≥" wherever it is shown. */
    jobs: (value: number | null | undefined, lowerBound = false) =>
      value === null || value === undefined ? "—" : `${lowerBound ? "≥ " : ""}${integer.format(value)}`,
    /** Jobs with both marks the notes under tables promise: ≥ for a lower bound, * where CMP filled part in. */
    jobsMarked: (row: {
      employment: number | null;
      employmentReported: number | null;
      employmentIsLowerBound: boolean;
    }) =>
      row.employment === null
        ? "—"
        : `${row.employmentIsLowerBound ? "≥ " : ""}${integer.format(row.employment)}${isFilledIn(row) ? "*" : ""}`,
  };
}

export type Formatters = ReturnType<typeof formatters>;

/** The one choice between a row's English and Spanish name (clusters, regions, industries, sectors). */
export function localName<T extends string | null | undefined>(locale: Locale, row: { nameEn: T; nameEs: T }): T {
  return locale === "es" ? row.nameEs : row.nameEn;
}

/** The same choice for reference tables keyed `en` / `es` (IMSS divisions) and other paired texts. */
export function localText<T extends string | null | undefined>(locale: Locale, text: { en: T; es: T }): T {
  return locale === "es" ? text.es : text.en;
}

/**
 * A note in this project's own words (how a figure was derived, why an activity is in no cluster), in
 * the page's language; rows stored before the Spanish column existed have the English only.
 */
export function localNote(locale: Locale, en: string | null, es: string | null): string | null {
  return locale === "es" ? (es ?? en) : en;
}

/** A month of a year in the page's language ("March 2021" / "marzo de 2021"). */
export function formatMonth(
  locale: Locale,
  year: number,
  monthIndex: number,
  width: "long" | "short" = "long",
): string {
  return new Intl.DateTimeFormat(intlLocale[locale], { month: width, year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(year, monthIndex, 1)),
  );
}

const boundPrefix: Record<string, string> = { lower: "> ", upper: "< ", approximate: "~ " };

/** A published figure as the source stated it: a bound keeps its sign, text stays text. */
export function statedValue(
  fact: { valueNumber: number | null; bound: string; valueAsStated: string },
  format: Formatters,
) {
  if (fact.valueNumber === null || fact.bound === "text") return fact.valueAsStated;
  // A source that said "6 million" gets "6M" / "6 M" (per language), not a falsely precise 6,000,000.
  const number = /million|billion/i.test(fact.valueAsStated)
    ? format.compact(fact.valueNumber)
    : format.decimal(fact.valueNumber);
  return `${boundPrefix[fact.bound] ?? ""}${number}`;
}

/**
 * A long metropolitan area's chart label: its first principal city and first state
 * ("Philadelphia-Camden-Wilmington, PA-NJ-DE-MD" → "Philadelphia, PA"), so ranked bars keep one line;
 * tables and tooltips keep the full name. Short names stay whole ("Winston-Salem, NC" is one city).
 */
export function chartRegionLabel(name: string, maxLength = 24): string {
  if (name.length <= maxLength) return name;
  const match = /^([^,]+), ([A-Z]{2})(?:-[A-Z]{2})*(.*)$/.exec(name);
  if (!match) return name;
  const firstCity = match[1]!.split(match[1]!.includes("--") ? "--" : "-")[0]!;
  return `${firstCity}, ${match[2]}${match[3]}`;
}

/** The short names of the sources rows come from ("County Business Patterns 2023: …" → its part before the colon), each once. */
export function shortSourceNames(rows: readonly { sourceTitle: string }[]): string {
  return [...new Set(rows.map((row) => row.sourceTitle.split(":")[0]!))].join("; ");
}

/** Each entry's name in the page's language, by code (a table's region column). */
export function localNamesByCode(
  locale: Locale,
  entries: readonly { code: string; nameEn: string; nameEs: string }[],
): Record<string, string> {
  return Object.fromEntries(entries.map((entry) => [entry.code, localName(locale, entry)]));
}
