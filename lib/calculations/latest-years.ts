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
