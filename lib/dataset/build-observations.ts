import { impliedBenchmarkEmployment, locationQuotients } from "../calculations/location-quotient";
import type { ClusterType, EmploymentBasis } from "../generated/prisma/enums";
import type { ClusterRow, CbpData } from "./build-reference";
import { readInegiNationalBySector } from "./mx-and-binational-files";
import { sumIndustriesToClusters } from "./naics-clusters";
import { aggregateMembers } from "./regions";
import { readCmpCalifornia, readCmpCounties, type CmpRow } from "./us-files";

export type ClusterObservationRow = {
  sourceKey: string;
  regionCode: string;
  clusterCode: number;
  year: number;
  basis: EmploymentBasis;
  employment: number | null;
  employmentReported: number | null;
  employmentIsLowerBound: boolean;
  establishments: number | null;
  payrollThousandUsd: number | null;
  averageWageUsd: number | null;
  locationQuotient: number | null;
  lqBenchmarkCode: string | null;
  lqPublished: boolean;
  pandemicFlag: boolean;
  derivation: string | null;
};

export type BenchmarkRow = {
  sourceKey: string;
  regionCode: string;
  year: number;
  clusterCode: number | null;
  clusterType: ClusterType | null;
  employment: number;
  derivation: string;
};

export type IndustryObservationRow = {
  sourceKey: string;
  regionCode: string;
  system: "NAICS2017" | "SCIAN2018";
  code: string;
  year: number;
  employment: number | null;
  establishments: number | null;
  payrollThousandUsd: number | null;
  valueAddedMillionMxn: number | null;
  pandemicFlag: boolean;
};

/** CBP's reference month is March: 2020 and 2021 fall in the COVID-19 pandemic. */
export const pandemicYears: ReadonlySet<number> = new Set([2020, 2021]);

const cmpRowToObservation = (sourceKey: string, row: CmpRow): ClusterObservationRow => ({
  sourceKey,
  regionCode: row.regionCode,
  clusterCode: row.cluster_code_t,
  year: row.year_t,
  basis: "cmp_with_imputation",
  employment: row.emp_tl,
  employmentReported: row.emp_reported_tl,
  employmentIsLowerBound: false,
  establishments: row.est_tl,
  payrollThousandUsd: row.ap_tl,
  // CMP writes a wage of 0 where a cluster has no employment: that is "no wage", not a wage of $0.
  averageWageUsd: row.emp_tl > 0 ? row.private_wage_tf : null,
  locationQuotient: row.lq_tf,
  lqBenchmarkCode: "US",
  lqPublished: true,
  pandemicFlag: false,
  derivation: null,
});

/** National cluster totals implied by the California file (which has employment in all 67 clusters). */
export function buildNationalBenchmarks(clusters: readonly ClusterRow[]): BenchmarkRow[] {
  const typeOf = new Map(clusters.map((cluster) => [cluster.code, cluster.type]));
  const perCluster: BenchmarkRow[] = readCmpCalifornia().flatMap((row) => {
    const employment = impliedBenchmarkEmployment(row.emp_tl, row.cluster_emp_per_tf);
    if (employment === null) return [];
    return [{
      sourceKey: "cmp-2016-california",
      regionCode: "US",
      year: row.year_t,
      clusterCode: row.cluster_code_t,
      clusterType: null,
      employment,
      derivation: "California emp_tl / cluster_emp_per_tf (California's share of U.S. cluster employment)",
    }];
  });
  const perType = (["traded", "local"] as const).map((type) => ({
    sourceKey: "cmp-2016-california",
    regionCode: "US",
    year: perCluster[0]?.year ?? 2016,
    clusterCode: null,
    clusterType: type,
    employment: perCluster.filter((row) => typeOf.get(row.clusterCode!) === type).reduce((sum, row) => sum + row.employment, 0),
    derivation: `Sum of the implied U.S. totals of all ${type} clusters`,
  }));
  return [...perCluster, ...perType];
}


/** CMP 2016 as published, plus the U.S. side (both counties) with LQs computed against the same U.S. totals. */
export function buildCmpObservations(clusters: readonly ClusterRow[], benchmarks: readonly BenchmarkRow[]): ClusterObservationRow[] {
  const counties = readCmpCounties();
  const published = [
    ...counties.map((row) => cmpRowToObservation("cmp-2016-counties", row)),
    ...readCmpCalifornia().map((row) => cmpRowToObservation("cmp-2016-california", row)),
  ];
  const typeOf = new Map(clusters.map((cluster) => [cluster.code, cluster.type]));
  const members = aggregateMembers["us-side"]!;
  const side = clusters.flatMap((cluster) => {
    const rows = members.map((code) => counties.find((row) => row.regionCode === code && row.cluster_code_t === cluster.code));
    if (rows.some((row) => !row)) return [];
    const present = rows as CmpRow[];
    const employment = present.reduce((sum, row) => sum + row.emp_tl, 0);
    const employmentReported = present.reduce((sum, row) => sum + row.emp_reported_tl, 0);
    const payroll = present.reduce((sum, row) => sum + row.ap_tl, 0);
    return [{
      ...cmpRowToObservation("cmp-2016-counties", present[0]!),
      regionCode: "us-side",
      employment,
      employmentReported,
      establishments: present.reduce((sum, row) => sum + row.est_tl, 0),
      payrollThousandUsd: payroll,
      // CMP's wage is annual payroll over employment in published cells (checked on every county row).
      averageWageUsd: employmentReported > 0 ? (payroll * 1000) / employmentReported : null,
      locationQuotient: null as number | null,
      lqPublished: false,
      derivation: "Sum of San Diego and Imperial counties; location quotient computed by this dashboard against the U.S. totals implied by CMP",
    }];
  });
  const national = benchmarks.filter((row) => row.clusterCode !== null);
  const lqs = locationQuotients(
    side.map((row) => ({ clusterCode: row.clusterCode, clusterType: typeOf.get(row.clusterCode)!, employment: row.employment })),
    national.map((row) => ({ clusterCode: row.clusterCode!, clusterType: typeOf.get(row.clusterCode!)!, employment: row.employment })),
  );
  for (const row of side) row.locationQuotient = lqs.get(row.clusterCode) ?? null;
  return [...published, ...side];
}

const cbpSourceKey = (year: number) => (year <= 2019 ? "cbp-2018-2019" : `cbp-${year}`);

/** CBP industries summed to clusters per county and for the U.S. side: lower bounds, no LQ (no U.S. totals for these years). */
export function buildCbpClusterObservations(cbp: CbpData): { observations: ClusterObservationRow[]; unmappedCodes: string[] } {
  const sixDigit = cbp.rows
    .filter((row) => row.naics_digits === 6)
    .map((row) => ({
      regionCode: row.county_fips,
      year: row.year,
      code: row.naics2017_code,
      employment: row.EMP,
      establishments: row.ESTAB,
      payrollThousandUsd: row.PAYANN_thousand_usd,
    }));
  const withSide = [...sixDigit, ...sixDigit.map((row) => ({ ...row, regionCode: "us-side" }))];
  const { sums, unmapped } = sumIndustriesToClusters(withSide, cbp.assignments);
  const observations = sums.map((sum) => ({
    sourceKey: cbpSourceKey(sum.year),
    regionCode: sum.regionCode,
    clusterCode: sum.clusterCode,
    year: sum.year,
    basis: "published_cells_sum" as const,
    employment: sum.employment,
    employmentReported: sum.employment,
    employmentIsLowerBound: true,
    establishments: sum.establishments,
    payrollThousandUsd: sum.payrollThousandUsd,
    averageWageUsd: sum.payrollThousandUsd !== null && sum.employment > 0 ? (sum.payrollThousandUsd * 1000) / sum.employment : null,
    locationQuotient: null,
    lqBenchmarkCode: null,
    lqPublished: false,
    pandemicFlag: pandemicYears.has(sum.year),
    derivation: `Sum of ${sum.industries} published six-digit NAICS 2017 industries${sum.regionCode === "us-side" ? " in San Diego and Imperial counties" : ""}; unpublished cells make it a lower bound`,
  }));
  return { observations, unmappedCodes: [...new Set(unmapped.map((row) => row.code))] };
}

export function buildIndustryObservations(cbp: CbpData): IndustryObservationRow[] {
  const fromCbp: IndustryObservationRow[] = cbp.rows.map((row) => ({
    sourceKey: cbpSourceKey(row.year),
    regionCode: row.county_fips,
    system: "NAICS2017",
    code: row.naics2017_code,
    year: row.year,
    employment: row.EMP,
    establishments: row.ESTAB,
    payrollThousandUsd: row.PAYANN_thousand_usd,
    valueAddedMillionMxn: null,
    pandemicFlag: pandemicYears.has(row.year),
  }));
  const fromInegi: IndustryObservationRow[] = readInegiNationalBySector().map((row) => ({
    sourceKey: "inegi-ce-national-sectors",
    regionCode: "MX",
    system: "SCIAN2018",
    code: row.scian_sector,
    year: row.reference_year,
    employment: row.personal_ocupado_total_H001A,
    establishments: null,
    payrollThousandUsd: null,
    valueAddedMillionMxn: row.valor_agregado_censal_bruto_mdp_A131A,
    pandemicFlag: false,
  }));
  return [...fromCbp, ...fromInegi];
}
