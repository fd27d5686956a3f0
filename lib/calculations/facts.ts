/** The fields of a published figure these rules read. */
export type FactLike = {
  key: string;
  geography: string;
  scope: string;
  metric: string;
  valueNumber: number | null;
  bound: string;
  year: number | null;
  benchmark: string | null;
};

/** Measures a headline card can show for the mega-region; a figure belongs to one by its metric's words. */
export const headlineMeasures = [
  "population",
  "gdp",
  "trade",
  "colleges",
  "research",
  "crossings",
  "freeways",
  "airports",
  "seaports",
] as const;
export type HeadlineMeasure = (typeof headlineMeasures)[number];

const measurePatterns: [HeadlineMeasure, RegExp][] = [
  ["population", /^(residents|people|inhabitants)$/i],
  ["gdp", /gross regional product|regional gdp/i],
  ["trade", /cross.border trade/i],
  ["colleges", /colleges|universities/i],
  ["research", /research institutes/i],
  ["crossings", /^border crossings$/i],
  ["freeways", /interstate freeways/i],
  ["airports", /airports/i],
  ["seaports", /port facilities/i],
];

/** The headline measure a mega-region-wide figure states, or null (it goes to the table). */
export function headlineMeasureOf(fact: FactLike): HeadlineMeasure | null {
  if (!/^CaliBaja/i.test(fact.geography)) return null;
  return measurePatterns.find(([, pattern]) => pattern.test(fact.metric.trim()))?.[0] ?? null;
}

/**
 * One card per measure: the figure with the most recent stated reference year (a figure whose year is
 * not stated comes last), and every figure of the measure when they disagree, to show side by side.
 */
export function headlineCards<F extends FactLike>(
  facts: readonly F[],
): { measure: HeadlineMeasure; shown: F; all: F[]; sourcesDiffer: boolean }[] {
  return headlineMeasures.flatMap((measure) => {
    const all = facts
      .filter((fact) => headlineMeasureOf(fact) === measure)
      .sort((a, b) => (b.year ?? -1) - (a.year ?? -1) || a.key.localeCompare(b.key));
    if (all.length === 0) return [];
    const values = new Set(all.map((fact) => `${fact.bound}:${fact.valueNumber}`));
    return [{ measure, shown: all[0]!, all, sourcesDiffer: values.size > 1 }];
  });
}

export const factTopics = ["industries", "economy", "people", "infrastructure", "business"] as const;
export type FactTopic = (typeof factTopics)[number];

/** The topic a published figure is listed under in the table of figures. */
export function factTopicOf(fact: FactLike): FactTopic {
  const text = `${fact.scope} ${fact.metric}`;
  if (
    /manufactur|equipment|carriers|device|semiconductor|audio|medical|pharma|industr(y|ies) with/i.test(fact.scope) ||
    /location quotient/i.test(fact.metric)
  )
    return "industries";
  if (/crossing|freeway|airport|port|infrastructure|renovation/i.test(text)) return "infrastructure";
  if (/establishments|micro|large firms|share of (income|establishments|personal ocupado)|female/i.test(text))
    return "business";
  if (/population|residents|people|inhabitants|degrees|colleges|research|education/i.test(text)) return "people";
  return "economy";
}

/** Location quotients measured against the U.S. and Mexico combined: the only published LQs that share a benchmark. */
export const isCombinedBenchmarkLq = (fact: FactLike) =>
  fact.benchmark === "United States and Mexico combined" && fact.valueNumber !== null;

/** A study's ranking of clusters by output: "total output (rank n …)". */
export const isOutputRanking = (fact: FactLike) => /^total output/i.test(fact.metric) && fact.valueNumber !== null;

/**
 * A geography as a reader should see it: the transcription's cross-references ("(as above)") are
 * editing notes, not part of the place's name.
 */
export const cleanGeography = (geography: string) => geography.replace(/\s*\(as above\)/i, "").trim();

/** The rank a study gives in "total output (rank 2)", or null. */
export const rankInMetric = (metric: string) => Number(/rank (\d+)/i.exec(metric)?.[1] ?? Number.NaN) || null;
