import type { RankedCluster } from "../queries/cluster-ranking";
import { header, term, type ColumnKey, type ExportLanguage } from "./columns";
import type { CsvValue } from "../csv";
import { localNote, localName } from "../format";
import { filledInJobs } from "../calculations/filled-in";

export const clusterColumns: ColumnKey[] = [
  "rank",
  "region_code",
  "region_name",
  "year",
  "cluster_code",
  "cluster_name",
  "cluster_type",
  "location_quotient",
  "lq_benchmark",
  "lq_method",
  "employment_jobs",
  "employment_is_lower_bound",
  "employment_reported_jobs",
  "employment_filled_in_jobs",
  "establishments",
  "payroll_thousand_usd",
  "average_wage_usd",
  "pandemic_year",
  "source",
  "source_publisher",
  "source_url",
  "derivation",
];

export type RegionLabel = { code: string; nameEn: string; nameEs: string };

/** The benchmark and method of a location quotient, in words; empty where there is no LQ. */
export function lqColumns(
  row: { locationQuotient: number | null; lqBenchmarkCode: string | null; lqPublished: boolean },
  lang: ExportLanguage,
): [string | null, string | null] {
  if (row.locationQuotient === null) return [null, null];
  return [
    row.lqBenchmarkCode === "US" ? term("US", lang) : row.lqBenchmarkCode,
    term(row.lqPublished ? "published" : "computed", lang),
  ];
}

/** One cluster row with everything needed to trace it: region, year, source, benchmark, derivation. */
export function clusterRecord(
  row: RankedCluster,
  rank: number,
  region: RegionLabel,
  year: number,
  lang: ExportLanguage,
): CsvValue[] {
  return [
    rank,
    region.code,
    localName(lang, region),
    year,
    row.clusterCode,
    localName(lang, row),
    term(row.clusterType, lang),
    row.locationQuotient,
    ...lqColumns(row, lang),
    row.employment,
    row.employmentIsLowerBound,
    row.employmentReported,
    filledInJobs(row),
    row.establishments,
    row.payrollThousandUsd,
    row.averageWageUsd,
    row.pandemicFlag,
    row.sourceTitle,
    row.sourcePublisher,
    row.sourceUrl,
    localNote(lang, row.derivation, row.derivationEs),
  ];
}

export const clusterHeader = (lang: ExportLanguage, extra: ColumnKey[] = []) =>
  header([...clusterColumns, ...extra], lang);
