import "server-only";
import { cache } from "react";
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
export const getRegionFacts = cache(async (regionCode: string) =>
  getPrisma().publishedFact.findMany({ where: { regionCode }, select: factSelect, orderBy: [{ source: { title: "asc" } }, { key: "asc" }] }),
);

/** The mega-region's headline facts (population, universities, infrastructure) from one article. */
export const getHeadlineFacts = cache(async () =>
  getPrisma().publishedFact.findMany({
    where: { key: { in: ["tecma_pop", "tecma_colleges", "tecma_research", "tecma_infra_1", "tecma_infra_2", "tecma_infra_3", "tecma_infra_4"] } },
    select: factSelect,
    orderBy: { key: "asc" },
  }),
);

export type PublishedFactView = Awaited<ReturnType<typeof getRegionFacts>>[number];
