import { describe, expect, it } from "vitest";
import { sparklineGeometry, type SparkPoint } from "@/lib/charts/sparkline";

const point = (year: number, value: number | null, seriesBreakBefore = false, pandemic = false): SparkPoint => ({
  year,
  value,
  seriesBreakBefore,
  pandemic,
});
const box = { height: 64, top: 6, bottom: 6 };

describe("sparklineGeometry", () => {
  it("places years along the width and values down the height, the largest at the top", () => {
    const { dots } = sparklineGeometry([point(2016, 100), point(2018, 300), point(2020, 200)], box);
    expect(dots.map((dot) => [dot.year, dot.x, dot.y])).toEqual([
      [2016, 0, 58],
      [2018, 50, 6],
      [2020, 100, 32],
    ]);
  });

  it("joins neighbouring figures but never across a missing year or a series break", () => {
    // CMP 2015–2016, then CBP from 2017 with 2018 withheld.
    const points = [
      point(2015, 10),
      point(2016, 12),
      point(2017, 30, true),
      point(2018, null),
      point(2019, 32),
      point(2020, 31),
    ];
    const { segments, breaks, dots } = sparklineGeometry(points, box);
    expect(segments.map((segment) => [segment.from, segment.to])).toEqual([
      [2015, 2016],
      [2019, 2020],
    ]);
    expect(breaks).toEqual([30]); // 2016.5 on 2015–2020
    expect(dots.map((dot) => dot.year)).toEqual([2015, 2016, 2017, 2019, 2020]);
  });

  it("keeps the pandemic mark and puts a single or flat series in the middle", () => {
    const single = sparklineGeometry([point(2020, 5, false, true)], box);
    expect(single.dots).toEqual([{ year: 2020, x: 50, y: 32, pandemic: true }]);
    expect(single.segments).toEqual([]);
    const flat = sparklineGeometry([point(2019, 7), point(2020, 7)], box);
    expect(flat.dots.map((dot) => dot.y)).toEqual([32, 32]);
  });
});
