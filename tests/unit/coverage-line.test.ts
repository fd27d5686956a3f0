import { describe, expect, it, vi } from "vitest";
import messagesEn from "../../messages/en.json";
import type { RankedCluster } from "../../lib/queries/cluster-ranking";

// The page's own English messages, through next-intl's translator, outside a Next.js request.
vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("next-intl");
  return {
    getTranslations: async (namespace: string) =>
      createTranslator({ locale: "en", messages: messagesEn, namespace: namespace as never }),
  };
});
const { describeRankingCoverage } = await import("../../lib/coverage-line");

const cmp = {
  sourcePublisher: "Institute for Strategy and Competitiveness, Harvard Business School",
  sourceTitle: "U.S. Cluster Mapping Project 2016: San Diego",
};
const cbp = { sourcePublisher: "U.S. Census Bureau", sourceTitle: "County Business Patterns 2020" };
const inegi = {
  sourcePublisher: "Instituto Nacional de Estadística y Geografía",
  sourceTitle: "Censos Económicos 2019",
};
const row = (values: Partial<RankedCluster>): RankedCluster =>
  ({
    employment: 1000,
    employmentReported: 1000,
    employmentIsLowerBound: false,
    locationQuotient: null,
    lqBenchmarkCode: null,
    lqPublished: false,
    pandemicFlag: false,
    basis: "published_total",
    ...cmp,
    ...values,
  }) as RankedCluster;

describe("the coverage line under a chart", () => {
  it("names the region, year and each source once, and the LQ benchmark as published", async () => {
    const rows = [
      row({ locationQuotient: 1.2, lqBenchmarkCode: "US", lqPublished: true, basis: "cmp_with_imputation" }),
      row({ locationQuotient: 0.8, lqBenchmarkCode: "US", lqPublished: true, basis: "cmp_with_imputation" }),
    ];
    const coverage = await describeRankingCoverage(rows, "San Diego County", 2016);
    expect(coverage.employment).toBe(
      "San Diego County, 2016. Source: Institute for Strategy and Competitiveness: U.S. Cluster Mapping Project 2016: San Diego.",
    );
    expect(coverage.lq).toBe(
      `${coverage.employment} Location quotient vs the United States, within traded or local clusters (as published by the U.S. Cluster Mapping Project).`,
    );
    expect(coverage.short).toBe("2016 · U.S. Cluster Mapping Project 2016");
    // Nothing filled in, nothing a lower bound: no note promises a mark that is not there.
    expect(coverage.notes).toEqual([]);
  });

  it("adds the note for each mark the rows carry, and only those", async () => {
    const rows = [
      row({ basis: "cmp_with_imputation", employment: 1200, employmentReported: 1000 }),
      row({ ...cbp, basis: "published_cells_sum", employmentIsLowerBound: true, pandemicFlag: true }),
      row({
        ...inegi,
        basis: "published_cells_sum",
        employmentIsLowerBound: true,
        locationQuotient: 2,
        lqBenchmarkCode: "US",
      }),
    ];
    const coverage = await describeRankingCoverage(rows, "U.S. side", 2020);
    expect(coverage.notes).toEqual([
      "Employment includes the U.S. Cluster Mapping Project's estimates for confidential cells (marked *).",
      "Employment is the sum of the industries the Census Bureau published: a lower bound (≥).",
      "Employment sums INEGI's published activities; cells withheld for confidentiality make it a lower bound (≥).",
      "March 2020: COVID-19 pandemic.",
    ]);
    expect(coverage.lq).toContain("(computed by this dashboard from CMP's implied U.S. totals)");
  });

  it("says Mexico is the benchmark when every LQ is measured against Mexico, and a dash for no source", async () => {
    expect(
      (await describeRankingCoverage([row({ ...inegi, locationQuotient: 3, lqBenchmarkCode: "MX" })], "Tijuana", 2018))
        .lq,
    ).toContain("Location quotient vs Mexico");
    expect((await describeRankingCoverage([], "Tecate", 2018)).employment).toBe("Tecate, 2018. Source: —.");
  });
});
