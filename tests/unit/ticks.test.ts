import { describe, expect, it } from "vitest";
import { roundTicks } from "../../lib/charts/ticks";

describe("round axis ticks", () => {
  it("puts location-quotient axes on whole or half steps", () => {
    expect(roundTicks(3.47 * 1.05)).toEqual([0, 1, 2, 3, 4]);
    expect(roundTicks(1.9)).toEqual([0, 0.5, 1, 1.5, 2]);
    expect(roundTicks(12.47)).toEqual([0, 2.5, 5, 7.5, 10, 12.5]);
  });

  it("puts job axes on round thousands, ending at or above the largest bar", () => {
    expect(roundTicks(194402 * 1.05)).toEqual([0, 50000, 100000, 150000, 200000, 250000]);
    expect(roundTicks(20000)).toEqual([0, 5000, 10000, 15000, 20000]);
    expect(roundTicks(0.3)).toEqual([0, 0.1, 0.2, 0.3]);
    for (const max of [0.07, 0.95, 1, 7.3, 88, 1234, 987654]) {
      const ticks = roundTicks(max);
      expect(ticks.at(-1)!).toBeGreaterThanOrEqual(max);
      expect(ticks.length).toBeGreaterThanOrEqual(3);
      expect(ticks.length).toBeLessThanOrEqual(8);
    }
  });

  it("gives a zero-only or empty axis a plain 0 to 1", () => {
    expect(roundTicks(0)).toEqual([0, 1]);
    expect(roundTicks(Number.NaN)).toEqual([0, 1]);
  });
});
