import { describe, expect, it } from "vitest";
import type { RankedBar } from "@/lib/charts/bars";
import { rankedBarsLayout } from "@/lib/charts/ranked-bars-layout";

const bar = (value: number, label = "Business Services"): RankedBar => ({
  key: label + value,
  label,
  value,
  valueLabel: value.toLocaleString("en-US"),
  color: "#0072B2",
});
const bars = [bar(48_000), bar(31_000), bar(12_500)];
const thresholds = [
  { value: 10_000, label: "10,000 jobs", color: "#000" },
  { value: 20_000, label: "20,000 jobs", color: "#000" },
];

describe("rankedBarsLayout", () => {
  it("puts labels in a column on a laptop and above each bar on a phone", () => {
    const laptop = rankedBarsLayout({
      bars,
      references: [],
      box: { width: 900, height: 0 },
      fontSize: 12.5,
      barHeight: 26,
      fill: false,
    });
    const phone = rankedBarsLayout({
      bars,
      references: [],
      box: { width: 390, height: 0 },
      fontSize: 12.5,
      barHeight: 26,
      fill: false,
    });
    expect([laptop.labelsAbove, phone.labelsAbove]).toEqual([false, true]);
    // Three bars of 26 px, 70 px of axes and the axis title's two lines: 78 + 70 + 25 = 173 px.
    expect(laptop.height).toBe(173);
    // On a phone each row also holds its label's line: 3 × (26 + 25) + 70 + 25.
    expect(phone.height).toBe(248);
    expect(phone.ticks.length).toBeLessThan(laptop.ticks.length);
  });

  it("stacks one row of reference labels per threshold above the plot, and reaches the largest of bars and lines", () => {
    const layout = rankedBarsLayout({
      bars: [bar(8_000)],
      references: thresholds,
      box: { width: 900, height: 0 },
      fontSize: 12.5,
      barHeight: 26,
      fill: false,
    });
    expect(layout.topMargin).toBeCloseTo(24 + 12.5 * 1.15);
    expect(layout.ticks.at(-1)).toBeGreaterThanOrEqual(20_000);
  });

  it("takes the box's height on a slide and never less than 160 px", () => {
    const slide = (height: number) =>
      rankedBarsLayout({ bars, references: [], box: { width: 1600, height }, fontSize: 18, barHeight: 40, fill: true })
        .height;
    expect([slide(700), slide(90)]).toEqual([700, 160]);
  });
});
