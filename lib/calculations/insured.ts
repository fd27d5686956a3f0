export type MonthlyValue = { sectorCode: string; year: number; month: number; insuredJobs: number };

export type YearlyAverage = { sectorCode: string; year: number; averageJobs: number; months: number };

/**
 * A yearly series from monthly IMSS counts: the mean of the months present, with how many months
 * that is, so a year with three months loaded never passes for a full-year average.
 */
export function yearlyAverages(rows: readonly MonthlyValue[]): YearlyAverage[] {
  const sums = new Map<string, YearlyAverage & { total: number }>();
  for (const row of rows) {
    const key = `${row.sectorCode}|${row.year}`;
    const sum = sums.get(key) ?? { sectorCode: row.sectorCode, year: row.year, averageJobs: 0, months: 0, total: 0 };
    sum.total += row.insuredJobs;
    sum.months += 1;
    sums.set(key, sum);
  }
  return [...sums.values()]
    .map(({ total, ...sum }) => ({ ...sum, averageJobs: total / sum.months }))
    .sort((a, b) => a.sectorCode.localeCompare(b.sectorCode) || a.year - b.year);
}

/** Months as sortable keys, newest last. */
export const monthKey = (row: { year: number; month: number }) => row.year * 12 + (row.month - 1);

/** The latest `count` distinct months present, oldest first. */
export function latestMonths(rows: readonly { year: number; month: number }[], count: number): { year: number; month: number }[] {
  const keys = [...new Set(rows.map(monthKey))].sort((a, b) => a - b).slice(-count);
  return keys.map((key) => ({ year: Math.floor(key / 12), month: (key % 12) + 1 }));
}

/** Jobs change against the same month a year earlier, or null when that month is not loaded. */
export function changeOverYear(rows: readonly MonthlyValue[], sectorCode: string, year: number, month: number): { jobs: number; percent: number | null } | null {
  const now = rows.find((row) => row.sectorCode === sectorCode && row.year === year && row.month === month);
  const before = rows.find((row) => row.sectorCode === sectorCode && row.year === year - 1 && row.month === month);
  if (!now || !before) return null;
  const jobs = now.insuredJobs - before.insuredJobs;
  return { jobs, percent: before.insuredJobs > 0 ? jobs / before.insuredJobs : null };
}

/** All divisions added up, per month: IMSS's total for the region. */
export function monthlyTotals(rows: readonly MonthlyValue[]): MonthlyValue[] {
  const totals = new Map<number, MonthlyValue>();
  for (const row of rows) {
    const key = monthKey(row);
    const total = totals.get(key) ?? { sectorCode: "total", year: row.year, month: row.month, insuredJobs: 0 };
    total.insuredJobs += row.insuredJobs;
    totals.set(key, total);
  }
  return [...totals.values()].sort((a, b) => monthKey(a) - monthKey(b));
}
