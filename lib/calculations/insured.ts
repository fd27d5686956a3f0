/** One IMSS figure: null where the source has none for that division and month (missing, never 0). */
export type MonthlyValue = { sectorCode: string; year: number; month: number; value: number | null };

export type YearlyAverage = { sectorCode: string; year: number; average: number; months: number };

/**
 * A yearly series from monthly IMSS counts: the mean of the months that have a figure, with how many
 * months that is, so a year with three months loaded never passes for a full-year average.
 */
export function yearlyAverages(rows: readonly MonthlyValue[]): YearlyAverage[] {
  const sums = new Map<string, YearlyAverage & { total: number }>();
  for (const row of rows) {
    if (row.value === null) continue;
    const key = `${row.sectorCode}|${row.year}`;
    const sum = sums.get(key) ?? { sectorCode: row.sectorCode, year: row.year, average: 0, months: 0, total: 0 };
    sum.total += row.value;
    sum.months += 1;
    sums.set(key, sum);
  }
  return [...sums.values()]
    .map(({ total, ...sum }) => ({ ...sum, average: total / sum.months }))
    .sort((a, b) => a.sectorCode.localeCompare(b.sectorCode) || a.year - b.year);
}

/** Months as sortable keys, newest last. */
export const monthKey = (row: { year: number; month: number }) => row.year * 12 + (row.month - 1);

/** The latest `count` distinct months present, oldest first. */
export function latestMonths(
  rows: readonly { year: number; month: number }[],
  count: number,
): { year: number; month: number }[] {
  const keys = [...new Set(rows.map(monthKey))].sort((a, b) => a - b).slice(-count);
  return keys.map((key) => ({ year: Math.floor(key / 12), month: (key % 12) + 1 }));
}

/** Change against the same month a year earlier, or null when either month has no figure. */
export function changeOverYear(
  rows: readonly MonthlyValue[],
  sectorCode: string,
  year: number,
  month: number,
): { change: number; percent: number | null } | null {
  const now = rows.find((row) => row.sectorCode === sectorCode && row.year === year && row.month === month)?.value;
  const before = rows.find(
    (row) => row.sectorCode === sectorCode && row.year === year - 1 && row.month === month,
  )?.value;
  if (now === null || now === undefined || before === null || before === undefined) return null;
  const change = now - before;
  return { change, percent: before > 0 ? change / before : null };
}

/** All divisions added up, per month; missing when any division of that month has no figure. */
export function monthlyTotals(rows: readonly MonthlyValue[]): MonthlyValue[] {
  const totals = new Map<number, MonthlyValue>();
  for (const row of rows) {
    const key = monthKey(row);
    const total = totals.get(key) ?? { sectorCode: "total", year: row.year, month: row.month, value: 0 };
    total.value = total.value === null || row.value === null ? null : total.value + row.value;
    totals.set(key, total);
  }
  return [...totals.values()].sort((a, b) => monthKey(a) - monthKey(b));
}
