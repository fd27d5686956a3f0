import type { FactBound } from "../generated/prisma/enums";

export type StatedValue = { valueNumber: number | null; bound: FactBound };

const multipliers: Record<string, number> = { million: 1e6, billion: 1e9 };

/**
 * Reads a value as a report stated it, keeping its qualifier: ">28" is a lower bound, "~15" and
 * "7 million" are approximate, "nearly 9 of 10" stays text. A bound never becomes an exact number.
 */
export function parseStatedValue(stated: string): StatedValue {
  const text = stated.trim();
  const match = /^(>|<|~)?\s*(\d+(?:\.\d+)?)\s*(million|billion)?$/i.exec(text.replace(/,/g, ""));
  if (!match) return { valueNumber: null, bound: "text" };
  const [, qualifier, digits, scale] = match;
  const valueNumber = Number(digits) * (scale ? multipliers[scale.toLowerCase()]! : 1);
  if (qualifier === ">") return { valueNumber, bound: "lower" };
  if (qualifier === "<") return { valueNumber, bound: "upper" };
  if (qualifier === "~" || scale) return { valueNumber, bound: "approximate" };
  return { valueNumber, bound: "exact" };
}

/** "c.2016" → 2016, "2023 (Censos Economicos 2024)" → 2023, "not stated" → null. */
export function parseReferenceYear(stated: string): number | null {
  if (/not stated/i.test(stated)) return null;
  const match = /(\d{4})/.exec(stated);
  return match ? Number(match[1]) : null;
}

/** A row of the published-figures compilation (binational/calibaja_published_figures.csv). */
export type PublishedFigureRow = {
  fact_id: string;
  geography: string;
  industry_or_scope: string;
  metric: string;
  value_as_stated: string;
  unit: string;
  reference_year: string;
  underlying_study: string;
  reported_in: string;
  url: string;
  note_or_quote: string | null;
  transcription_confidence: string;
  line: number;
};

/**
 * One row states four infrastructure counts together ("6 / 5 / 5 / 2" for "border crossings /
 * interstate freeways / ..."); the dashboard shows each as its own fact, so the row is split here
 * by position, keeping the source row's wording, year and citation.
 */
export function splitCompoundFigure(row: PublishedFigureRow): PublishedFigureRow[] {
  const values = row.value_as_stated.split("/").map((part) => part.trim());
  const metrics = row.metric.split("/").map((part) => part.trim());
  if (values.length < 2 || values.length !== metrics.length) return [row];
  return values.map((value, index) => ({
    ...row,
    fact_id: `${row.fact_id}_${index + 1}`,
    metric: metrics[index]!,
    value_as_stated: value,
    note_or_quote: row.note_or_quote ?? `${row.metric}: ${row.value_as_stated}`,
  }));
}

/** Which benchmark a published location quotient uses, read from the metric's wording. */
export function benchmarkOfMetric(metric: string): string | null {
  if (!/location quotient/i.test(metric)) return null;
  if (/U\.S\.\s*\+\s*Mexico|U\.S\.-Mexico/i.test(metric)) return "United States and Mexico combined";
  return "not stated by the source";
}

/** Which dashboard region a published figure describes, from its geography text. */
export function regionOfGeography(geography: string): string | null {
  if (/^CaliBaja/i.test(geography)) return "calibaja";
  if (/^San Diego County/i.test(geography)) return "06073";
  if (/^Imperial County/i.test(geography)) return "06025";
  if (/^Tijuana/i.test(geography)) return "02004";
  if (/^Baja California \(state\)|^Baja California$/i.test(geography)) return "02";
  return null;
}
