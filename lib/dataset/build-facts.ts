import type { FactBound } from "../generated/prisma/enums";
import { readTop10Industries, readTop10ToClusters } from "./mx-and-binational-files";
import {
  benchmarkOfMetric,
  parseReferenceYear,
  parseStatedValue,
  readDemographics2010,
  readPublishedFigures,
  regionOfGeography,
  splitCompoundFigure,
} from "./published-facts";
import type { SourceDefinition } from "./sources";

export type FactRow = {
  key: string;
  sourceKey: string;
  regionCode: string | null;
  geography: string;
  scope: string;
  metric: string;
  valueAsStated: string;
  valueNumber: number | null;
  bound: FactBound;
  unit: string;
  year: number | null;
  yearAsStated: string;
  benchmark: string | null;
  wording: string | null;
  confidence: string | null;
  study: string | null;
};

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

/** Each published figure with its own citation; one source per study and page it was reported on. */
export function buildPublishedFacts(): { facts: FactRow[]; sources: SourceDefinition[] } {
  const sources = new Map<string, SourceDefinition>();
  const facts: FactRow[] = [];
  for (const row of readPublishedFigures().flatMap(splitCompoundFigure)) {
    const prefix = row.fact_id.split("_")[0]!;
    const identity = `${row.underlying_study}|${row.url}`;
    let source = [...sources.values()].find((candidate) => candidate.notes === identity);
    if (!source) {
      const count = [...sources.keys()].filter((key) => key.startsWith(`published-${prefix}-`)).length;
      const year = parseReferenceYear(row.reported_in.match(/\d{4}/)?.[0] ?? row.underlying_study);
      source = {
        key: `published-${prefix}-${count + 1}`,
        title: row.underlying_study,
        publisher: row.reported_in,
        year,
        url: row.url,
        licence: "Quoted for reference with citation",
        notes: identity,
        file: "publishedFigures",
      };
      sources.set(source.key, source);
    }
    const { valueNumber, bound } = parseStatedValue(row.value_as_stated);
    facts.push({
      key: row.fact_id,
      sourceKey: source.key,
      regionCode: regionOfGeography(row.geography),
      geography: row.geography,
      scope: row.industry_or_scope,
      metric: row.metric,
      valueAsStated: row.value_as_stated,
      valueNumber,
      bound,
      unit: row.unit,
      year: parseReferenceYear(row.reference_year),
      yearAsStated: row.reference_year,
      benchmark: benchmarkOfMetric(row.metric),
      wording: row.note_or_quote,
      confidence: row.transcription_confidence,
      study: row.underlying_study,
    });
  }
  // The source notes held the grouping identity only while grouping; give them a reader's text.
  const readable = [...sources.values()].map((source) => ({ ...source, notes: `Reported in ${source.publisher}.` }));
  return { facts: [...facts, ...buildDemographicFacts()], sources: [...readable, demographicsSource] };
}

const demographicsSource: SourceDefinition = {
  key: "jwb-2014-table1",
  title: "Jobs Without Borders: Employment, Industry Concentration, and Comparative Advantage in the CaliBaja Region (2014), Table 1",
  publisher: "UC San Diego Center for U.S.-Mexican Studies, El Colegio de la Frontera Norte and the CaliBaja Mega-Region Initiative",
  year: 2014,
  url: null,
  licence: "Quoted for reference with citation",
  notes: "General demographic statistics for 2010.",
  file: "demographics2010",
};

const demographicColumns = [
  ["san_diego_county", "06073", "San Diego County"],
  ["imperial_county", "06025", "Imperial County"],
  ["baja_california", "02", "Baja California"],
  ["us_total", "US", "United States"],
  ["mexico_total", "MX", "Mexico"],
] as const;

function buildDemographicFacts(): FactRow[] {
  return readDemographics2010().flatMap((row) =>
    demographicColumns.map(([column, regionCode, geography]) => ({
      key: `jwb_2010_${slug(row.indicator)}_${regionCode}`,
      sourceKey: demographicsSource.key,
      regionCode,
      geography,
      scope: "all",
      metric: row.indicator,
      valueAsStated: String(row[column]),
      valueNumber: row[column],
      bound: "exact" as const,
      unit: row.unit,
      year: 2010,
      yearAsStated: "2010",
      benchmark: null,
      wording: null,
      confidence: "high",
      study: demographicsSource.title,
    })),
  );
}

export type RankingRow = { rank: number; naicsCode: string; nameAsStated: string; members: { naics2012Code: string; clusterCode: number; subclusterNumber: number | null }[] };

export function buildTop10Ranking(): RankingRow[] {
  const members = readTop10ToClusters();
  return readTop10Industries().map((row) => ({
    rank: row.concentration_rank,
    naicsCode: row.naics4_code_annotation,
    nameAsStated: row.industry_name_as_stated,
    members: members
      .filter((member) => member.concentration_rank === row.concentration_rank && member.naics4 === row.naics4_code_annotation)
      .map((member) => ({ naics2012Code: member.naics2012_code, clusterCode: member.uscmp_cluster_code, subclusterNumber: member.uscmp_subcluster_code })),
  }));
}
