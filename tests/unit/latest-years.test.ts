import { describe, expect, it } from "vitest";
import { figuresTable, latestYearsWithin } from "@/lib/calculations/latest-years";

// Rows as the cluster page lists them: latest year first, several regions a year.
const rows = (counts: Record<number, number>) =>
  Object.entries(counts)
    .sort(([a], [b]) => Number(b) - Number(a))
    .flatMap(([year, count]) => Array.from({ length: count }, (_, index) => ({ year: Number(year), index })));

describe("latestYearsWithin", () => {
  it("keeps whole years, latest first, while they fit", () => {
    const all = rows({ 2023: 11, 2022: 11, 2021: 11, 2020: 11, 2019: 11, 2018: 11, 2017: 11 });
    const { shown, hiddenRows, shownYears } = latestYearsWithin(all, 60);
    // 5 years × 11 = 55 fit in 60; a sixth year would make 66.
    expect(shownYears).toEqual({ from: 2019, to: 2023 });
    expect(shown).toHaveLength(55);
    expect(hiddenRows).toBe(22);
    expect(shown.map((row) => row.year)).toEqual(all.slice(0, 55).map((row) => row.year));
  });

  it("shows everything when everything fits, and the latest year even when it alone does not", () => {
    const few = rows({ 2023: 2, 2022: 2, 2016: 4 });
    expect(latestYearsWithin(few, 60)).toMatchObject({ hiddenRows: 0, shownYears: { from: 2016, to: 2023 } });
    const crowded = rows({ 2023: 80, 2022: 3 });
    expect(latestYearsWithin(crowded, 60)).toMatchObject({ hiddenRows: 3, shownYears: { from: 2023, to: 2023 } });
    expect(latestYearsWithin([], 60)).toEqual({ shown: [], hiddenRows: 0, shownYears: null });
  });

  it("give a table its rows and note: the latest years with a link to all, every year when asked, none when all fit", () => {
    // Seven years of eleven regions, as the cluster page holds at national scale.
    const all = rows({ 2023: 11, 2022: 11, 2021: 11, 2020: 11, 2019: 11, 2018: 11, 2017: 11 });
    const latest = figuresTable(all, { everyYear: false, maxRows: 60 });
    expect(latest.rows).toHaveLength(55);
    expect(latest.note).toEqual({
      kind: "latest",
      shownYears: { from: 2019, to: 2023 },
      yearCount: 5,
      shown: 55,
      total: 77,
      allYears: { from: 2017, to: 2023 },
    });
    const every = figuresTable(all, { everyYear: true, maxRows: 60 });
    expect(every.rows).toHaveLength(77);
    expect(every.note).toEqual({ kind: "every", allYears: { from: 2017, to: 2023 }, total: 77 });
    const few = rows({ 2023: 4, 2016: 4 });
    for (const everyYear of [false, true])
      expect(figuresTable(few, { everyYear, maxRows: 60 })).toEqual({ rows: few, note: null });
  });
});
