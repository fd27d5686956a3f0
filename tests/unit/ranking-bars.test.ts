import { describe, expect, it } from "vitest";
import { chartColors } from "../../lib/charts/colors";
import { employmentBars, lqBars, thresholdMarks } from "../../lib/charts/ranking";

const row = (clusterCode: number, values: Partial<Parameters<typeof employmentBars>[0][number]>) => ({
  clusterCode,
  nameEn: `Cluster ${clusterCode}`,
  nameEs: `Clúster ${clusterCode}`,
  clusterType: "traded",
  locationQuotient: null,
  employment: null,
  employmentReported: null,
  employmentIsLowerBound: false,
  ...values,
});

describe("the ranked bars a chart and its slide both draw", () => {
  it("draw each cluster's LQ in the page's language and colour by traded or local, leaving out a missing LQ", () => {
    const bars = lqBars(
      [row(50, { locationQuotient: 3.3904 }), row(111, { clusterType: "local", locationQuotient: 1.1672 }), row(7, {})],
      "es",
    );
    expect(bars).toEqual([
      { key: "50", label: "Clúster 50", value: 3.3904, valueLabel: "3.39", color: chartColors.traded },
      { key: "111", label: "Clúster 111", value: 1.1672, valueLabel: "1.17", color: chartColors.local },
    ]);
  });

  it("mark jobs as the tables do: ≥ for a lower bound, * where jobs were filled in, — (a zero-length bar) where missing", () => {
    const bars = employmentBars(
      [
        row(1, { employment: 164419, employmentReported: 164419, employmentIsLowerBound: true }),
        row(50, { employment: 10199, employmentReported: 10049 }),
        row(7, {}),
      ],
      "en",
    );
    expect(bars.map((bar) => [bar.value, bar.valueLabel, bar.missing ?? false])).toEqual([
      [164419, "≥ 164,419", false],
      [10199, "10,199*", false],
      [0, "—", true],
    ]);
  });

  it("label both thresholds (drawn in rows above the plot)", () => {
    expect(thresholdMarks(10000, 20000, "en", (value) => `${value} jobs`)).toEqual([
      { value: 10000, label: "10,000 jobs", color: chartColors.threshold },
      { value: 20000, label: "20,000 jobs", color: chartColors.threshold },
    ]);
  });
});
