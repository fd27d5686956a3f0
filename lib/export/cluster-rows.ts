import type { RankedCluster } from "../queries/cluster-ranking";
import { header, term, type ColumnKey, type ExportLanguage } from "./columns";
import type { CsvValue } from "../csv";

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

/** One cluster row with everything needed to trace it: region, year, source, benchmark, derivation. */
export function clusterRecord(row: RankedCluster, rank: number, region: RegionLabel, year: number, lang: ExportLanguage): CsvValue[] {
  const filledIn =
    row.basis === "cmp_with_imputation" && row.employment !== null && row.employmentReported !== null ? row.employment - row.employmentReported : null;
  return [
    rank,
    region.code,
    lang === "es" ? region.nameEs : region.nameEn,
    year,
    row.clusterCode,
    lang === "es" ? row.nameEs : row.nameEn,
    term(row.clusterType, lang),
    row.locationQuotient,
    row.locationQuotient === null ? null : row.lqBenchmarkCode === "US" ? term("US", lang) : row.lqBenchmarkCode,
    row.locationQuotient === null ? null : term(row.lqPublished ? "published" : "computed", lang),
    row.employment,
    row.employmentIsLowerBound,
    row.employmentReported,
    filledIn,
    row.establishments,
    row.payrollThousandUsd,
    row.averageWageUsd,
    row.pandemicFlag,
    row.sourceTitle,
    row.sourcePublisher,
    row.sourceUrl,
    row.derivation,
  ];
}

export const clusterHeader = (lang: ExportLanguage, extra: ColumnKey[] = []) => header([...clusterColumns, ...extra], lang);
