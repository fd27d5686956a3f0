import "server-only";
import { aggregateMembers } from "./dataset/regions";
import { crossBothSides } from "./calculations/both-sides";
import {
  cleanGeography,
  factTopicOf,
  headlineMeasureOf,
  isCombinedBenchmarkLq,
  isOutputRanking,
  rankInMetric,
  type FactTopic,
} from "./calculations/facts";
import type { PublishedChartFact } from "./charts/published";
import { getLargePlants, getManufacturingBothSides, getManufacturingYears } from "./queries/binational";
import { getClusterRanking } from "./queries/cluster-ranking";
import { getAllFacts } from "./queries/facts";
import { getRegion } from "./queries/regions";
import { resolveViewYears } from "./view-years";

/**
 * The data behind the binational charts, for the page, its CSV exports and its slides alike: the
 * manufacturing chart for a reference year (the latest both sides have, unless one is asked for), the
 * large plants of the Mexican side or a municipio, and a study's charted figures.
 */
export async function loadManufacturing(requested: number | null) {
  const years = await getManufacturingYears();
  const year = requested !== null && years.includes(requested) ? requested : (years.at(-1) ?? null);
  if (year === null) return null;
  return { year, years, bars: await getManufacturingBothSides(year) };
}

/** The municipios whose establishments a region's large-plant chart counts (the Mexican side: all five). */
export async function loadLargePlants(regionCode: string) {
  const region = await getRegion(regionCode);
  if (!region || region.country !== "MX") return null;
  const members = aggregateMembers[regionCode] ?? [regionCode];
  return { region, plants: await getLargePlants(members) };
}

/**
 * Clusters strong on both sides: the U.S. side's location quotients (latest year that has them)
 * crossed with the Mexican side's large plants; null when either side lacks its measure.
 */
export async function loadBothSides() {
  const [{ lqYear }, plants] = await Promise.all([resolveViewYears("us-side", null), loadLargePlants("mx-side")]);
  if (lqYear === null || !plants) return null;
  const rows = crossBothSides(
    await getClusterRanking({ region: "us-side", year: lqYear, type: "all" }),
    plants.plants.byCluster,
    plants.plants.unmapped,
  );
  return { lqYear, rows, sizeBands: plants.plants.sizeBands, plantsSource: plants.plants.sourceTitle };
}

export async function loadPublishedChart(chart: "lq" | "output"): Promise<PublishedChartFact[]> {
  const facts = (await getAllFacts()).filter(chart === "lq" ? isCombinedBenchmarkLq : isOutputRanking);
  const ordered =
    chart === "lq"
      ? facts.sort((a, b) => b.valueNumber! - a.valueNumber!)
      : facts.sort((a, b) => (rankInMetric(a.metric) ?? 99) - (rankInMetric(b.metric) ?? 99));
  return ordered.map((fact) => ({ ...fact, sourceTitle: fact.source.title }));
}

export type FactTableRow = {
  key: string;
  topic: FactTopic;
  geography: string;
  scope: string;
  metric: string;
  valueAsStated: string;
  valueNumber: number | null;
  bound: "exact" | "lower" | "upper" | "approximate" | "text";
  unit: string;
  year: number | null;
  yearAsStated: string;
  sourceTitle: string;
  sourceUrl: string | null;
};

/**
 * The published figures the mega-region page lists in its table: every figure not already on a
 * headline card or a chart, by topic, with the same measure's figures next to each other.
 */
export async function loadFactsTable(): Promise<FactTableRow[]> {
  return (await getAllFacts())
    .filter((fact) => headlineMeasureOf(fact) === null && !isCombinedBenchmarkLq(fact) && !isOutputRanking(fact))
    .map((fact) => ({
      key: fact.key,
      topic: factTopicOf(fact),
      geography: cleanGeography(fact.geography),
      scope: fact.scope,
      metric: fact.metric,
      valueAsStated: fact.valueAsStated,
      valueNumber: fact.valueNumber,
      bound: fact.bound,
      unit: fact.unit,
      year: fact.year,
      yearAsStated: fact.yearAsStated,
      sourceTitle: fact.study ?? fact.source.title,
      sourceUrl: fact.source.url,
    }))
    .sort(
      (a, b) =>
        a.topic.localeCompare(b.topic) || a.metric.localeCompare(b.metric) || a.geography.localeCompare(b.geography),
    );
}
