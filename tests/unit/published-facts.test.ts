import { describe, expect, it } from "vitest";
import { buildPublishedFacts } from "../../lib/dataset/build-facts";
import { benchmarkOfMetric, parseReferenceYear, parseStatedValue } from "../../lib/dataset/published-facts";

describe("parseStatedValue keeps the source's qualifier", () => {
  it.each([
    [">28", 28, "lower"],
    [">6 million", 6_000_000, "lower"],
    ["7 million", 7_000_000, "approximate"],
    ["~15", 15, "approximate"],
    ["31600", 31600, "exact"],
    ["10.1", 10.1, "exact"],
    ["nearly 9 of 10", null, "text"],
    ["6 / 5 / 5 / 2", null, "text"],
  ])("%s → %s (%s)", (stated, value, bound) => {
    expect(parseStatedValue(stated)).toEqual({ valueNumber: value, bound });
  });
});

describe("published figures", () => {
  it("reads reference years and LQ benchmarks from the wording", () => {
    expect(parseReferenceYear("c.2016")).toBe(2016);
    expect(parseReferenceYear("not stated (c.2020-2021)")).toBeNull();
    expect(benchmarkOfMetric("location quotient vs combined U.S.+Mexico (lower bound)")).toBe("United States and Mexico combined");
    expect(benchmarkOfMetric("location quotient (reference area not stated)")).toBe("not stated by the source");
    expect(benchmarkOfMetric("employment")).toBeNull();
  });

  it("splits the infrastructure row into four facts and cites every one", () => {
    const { facts, sources } = buildPublishedFacts();
    const infrastructure = facts.filter((fact) => fact.key.startsWith("tecma_infra_"));
    expect(infrastructure.map((fact) => [fact.metric, fact.valueNumber])).toEqual([
      ["border crossings", 6],
      ["interstate freeways", 5],
      ["international airports", 5],
      ["specialized maritime port facilities", 2],
    ]);
    const sourceKeys = new Set(sources.map((source) => source.key));
    expect(facts.every((fact) => sourceKeys.has(fact.sourceKey))).toBe(true);
    expect(facts.filter((fact) => fact.bound === "lower").map((fact) => fact.key)).toContain("tecma_pop");
  });
});
