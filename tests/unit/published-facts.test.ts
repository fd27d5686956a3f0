import path from "node:path";
import { describe, expect, it } from "vitest";
import { benchmarkOfMetric, parseReferenceYear, parseStatedValue } from "../../lib/dataset/published-facts";
import { parseFacts, parseFactsTable } from "../../lib/import/formats/facts";
import { fileOnlyReference } from "../support/reference";

const binational = (name: string) => path.resolve("prisma/data/binational", name);

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
    expect(benchmarkOfMetric("location quotient vs combined U.S.+Mexico (lower bound)")).toBe(
      "United States and Mexico combined",
    );
    expect(benchmarkOfMetric("location quotient (reference area not stated)")).toBe("not stated by the source");
    expect(benchmarkOfMetric("employment")).toBeNull();
  });

  it("splits the infrastructure row into four facts and cites every one", async () => {
    const { facts = [] } = await parseFacts(
      binational("calibaja_published_figures.csv"),
      await fileOnlyReference(),
      {},
    );
    const infrastructure = facts.filter((fact) => fact.key.startsWith("tecma_infra_"));
    expect(infrastructure.map((fact) => [fact.metric, fact.valueNumber])).toEqual([
      ["border crossings", 6],
      ["interstate freeways", 5],
      ["international airports", 5],
      ["specialized maritime port facilities", 2],
    ]);
    expect(
      facts.every((fact) => fact.citation !== null && fact.citation.title !== "" && fact.citation.url !== null),
    ).toBe(true);
    expect(facts.filter((fact) => fact.bound === "lower").map((fact) => fact.key)).toContain("tecma_pop");
  });

  it("reads a statistical table one region per column, with the year it is given", async () => {
    const file = binational("jobs_without_borders_demographics_2010.csv");
    const reference = await fileOnlyReference();
    await expect(parseFactsTable(file, reference, {})).rejects.toThrow(
      "a statistical table carries no reference year: pass --year <YYYY>",
    );
    const { facts = [] } = await parseFactsTable(file, reference, { year: 2010 });
    expect(facts).toHaveLength(6 * 5);
    const population = facts
      .filter((fact) => fact.metric === "Population Total")
      .map((fact) => [fact.regionCode, fact.valueNumber, fact.year]);
    expect(population).toEqual([
      ["06073", 3105989, 2010],
      ["06025", 175234, 2010],
      ["02", 3155070, 2010],
      ["US", 309349689, 2010],
      ["MX", 112336538, 2010],
    ]);
  });
});
