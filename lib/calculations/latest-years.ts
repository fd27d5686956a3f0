/**
 * The latest whole years of a list of figures that fit in `maxRows` rows, always at least the latest
 * year: a page shows a readable table, and links to the rest (and its CSV holds every figure).
 */
export function latestYearsWithin<T extends { year: number }>(
  rows: readonly T[],
  maxRows: number,
): { shown: T[]; hiddenRows: number; shownYears: { from: number; to: number } | null } {
  const perYear = new Map<number, number>();
  for (const row of rows) perYear.set(row.year, (perYear.get(row.year) ?? 0) + 1);
  const years = [...perYear.keys()].sort((a, b) => b - a);
  if (years.length === 0) return { shown: [], hiddenRows: 0, shownYears: null };
  let count = perYear.get(years[0]!)!;
  let earliest = years[0]!;
  for (const year of years.slice(1)) {
    if (count + perYear.get(year)! > maxRows) break;
    count += perYear.get(year)!;
    earliest = year;
  }
  const shown = rows.filter((row) => row.year >= earliest);
  return { shown, hiddenRows: rows.length - shown.length, shownYears: { from: earliest, to: years[0]! } };
}

type YearSpan = { from: number; to: number };

/** What a table notes under its rows when it holds more figures than it shows at first. */
export type FiguresNote =
  | { kind: "latest"; shownYears: YearSpan; yearCount: number; shown: number; total: number; allYears: YearSpan }
  | { kind: "every"; allYears: YearSpan; total: number };

/**
 * The rows a table of figures shows, and its note: the latest years that fit in `maxRows` (with a
 * link to the rest), or every year when asked (with a link back). No note when everything fits.
 */
export function figuresTable<T extends { year: number }>(
  rows: readonly T[],
  { everyYear, maxRows }: { everyYear: boolean; maxRows: number },
): { rows: readonly T[]; note: FiguresNote | null } {
  const latest = latestYearsWithin(rows, maxRows);
  if (latest.hiddenRows === 0 || latest.shownYears === null) return { rows, note: null };
  const years = rows.map((row) => row.year);
  const allYears = { from: Math.min(...years), to: Math.max(...years) };
  if (everyYear) return { rows, note: { kind: "every", allYears, total: rows.length } };
  return {
    rows: latest.shown,
    note: {
      kind: "latest",
      shownYears: latest.shownYears,
      yearCount: new Set(latest.shown.map((row) => row.year)).size,
      shown: latest.shown.length,
      total: rows.length,
      allYears,
    },
  };
}
