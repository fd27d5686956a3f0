import "server-only";
import { cachedQuery } from "./data-cache";
import { getPrisma } from "../db";

const factSelect = {
  key: true,
  geography: true,
  scope: true,
  metric: true,
  valueAsStated: true,
  valueNumber: true,
  bound: true,
  unit: true,
  year: true,
  yearAsStated: true,
  benchmark: true,
  wording: true,
  confidence: true,
  study: true,
  source: { select: { title: true, publisher: true, url: true, year: true } },
} as const;

/** Published figures about a region, each with its citation (different studies: never combined). */
export const getRegionFacts = cachedQuery("getRegionFacts", async (regionCode: string) =>
  getPrisma().publishedFact.findMany({
    where: { regionCode },
    select: factSelect,
    orderBy: [{ source: { title: "asc" } }, { key: "asc" }],
  }),
);

/** The mega-region's headline facts (population, universities, infrastructure) from one article. */
export const getHeadlineFacts = cachedQuery("getHeadlineFacts", async () =>
  getPrisma().publishedFact.findMany({
    where: {
      key: {
        in: [
          "tecma_pop",
          "tecma_colleges",
          "tecma_research",
          "tecma_infra_1",
          "tecma_infra_2",
          "tecma_infra_3",
          "tecma_infra_4",
        ],
      },
    },
    select: factSelect,
    orderBy: { key: "asc" },
  }),
);

export type PublishedFactView = Awaited<ReturnType<typeof getRegionFacts>>[number];

/**
 * The seed article's finding ("of the top 20 most concentrated clusters, ten employ over 10,000 and
 * five over 20,000"), read from the published figures: the counts, the thresholds stated in the metric,
 * and the citation. Null when the figures are not loaded.
 */
export const getStudyThresholdCounts = cachedQuery("getStudyThresholdCounts", async () => {
  const facts = await getPrisma().publishedFact.findMany({
    where: { scope: { contains: "most concentrated clusters" }, metric: { contains: "employing over" } },
    select: { valueNumber: true, metric: true, scope: true, yearAsStated: true, source: { select: { title: true } } },
  });
  const counted = facts
    .map((fact) => ({
      count: fact.valueNumber,
      threshold: Number(/over ([\d,]+)/.exec(fact.metric)?.[1]?.replace(/,/g, "") ?? Number.NaN),
      fact,
    }))
    .filter((entry) => entry.count !== null && Number.isFinite(entry.threshold))
    .sort((a, b) => a.threshold - b.threshold);
  if (counted.length < 2) return null;
  const [first, second] = counted as [(typeof counted)[number], (typeof counted)[number]];
  return {
    count1: first.count!,
    count2: second.count!,
    t1: first.threshold,
    t2: second.threshold,
    considered: Number(/top-?(\d+)/.exec(first.fact.scope)?.[1] ?? 20),
    source: first.fact.source.title,
    year: first.fact.yearAsStated.split(" ")[0]!,
  };
});

/** Every published figure, with its citation: the mega-region page charts some and lists the rest. */
export const getAllFacts = cachedQuery("getAllFacts", async () =>
  getPrisma().publishedFact.findMany({ select: factSelect, orderBy: [{ key: "asc" }] }),
);
