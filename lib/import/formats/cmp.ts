import path from "node:path";
import { ImportError, ProblemList, SkipCounter } from "../problems";
import type { ImportReference } from "../reference";
import { DuplicateCheck, numberCell, readTable, type Row } from "../table";
import type { ClusterFigure, ParseOptions, ParsedImport } from "../types";

/** CMP region codes (CBSA for metro areas) of the dashboard's single-county metro areas. */
const regionOfCmp: Record<string, Record<string, string>> = {
  msa: { "41740": "06073", "20940": "06025" },
  county: { "06073": "06073", "06025": "06025", "6073": "06073", "6025": "06025" },
  state: { "06": "06", "6": "06" },
  country: { "98": "US", us: "US", US: "US" },
};

const required = ["year_t", "region_type_t", "region_code_t", "cluster_code_t", "emp_tl", "est_tl", "ap_tl", "private_wage_tf", "lq_tf"] as const;

/** U.S. Cluster Mapping cluster files (the columns of clustermapping.us's cluster indicators), any region and year. */
export async function parseCmp(filePath: string, reference: ImportReference, options: ParseOptions): Promise<ParsedImport> {
  const fileName = path.basename(filePath);
  const problems = new ProblemList(fileName);
  const skipped = new SkipCounter();
  const duplicates = new DuplicateCheck(problems);
  const clusters: ClusterFigure[] = [];
  /** National cluster employment implied by each row (emp_tl / cluster_emp_per_tf), for LQs of aggregates. */
  const implied: { year: number; clusterCode: number; employment: number }[] = [];
  let rowsRead = 0;
  const rows = readTable(filePath, { encoding: "utf-8", encodingHint: "CMP files are UTF-8 text.", delimiter: ",", required, problems, onProgress: options.onProgress });
  for await (const row of rows) {
    rowsRead += 1;
    const regionCode = cmpRegion(row);
    if (regionCode === null) {
      skipped.add("regions outside the dashboard (CMP rows for other metro areas, counties or states)");
      continue;
    }
    const year = numberCell(row, "year_t", problems, "integer");
    const clusterCode = numberCell(row, "cluster_code_t", problems, "integer");
    if (clusterCode !== undefined && clusterCode !== null && !reference.clusters.has(clusterCode)) {
      problems.cell(row.line, "cluster_code_t", row.get("cluster_code_t"), "is not a CMP cluster code");
      continue;
    }
    const values = {
      employment: numberCell(row, "emp_tl", problems, "integer"),
      employmentReported: row.has("emp_reported_tl") ? numberCell(row, "emp_reported_tl", problems, "integer") : null,
      establishments: numberCell(row, "est_tl", problems, "integer"),
      payroll: numberCell(row, "ap_tl", problems, "decimal"),
      wage: numberCell(row, "private_wage_tf", problems, "decimal"),
      lq: numberCell(row, "lq_tf", problems, "decimal"),
      share: row.has("cluster_emp_per_tf") ? numberCell(row, "cluster_emp_per_tf", problems, "decimal") : null,
    };
    if (year === undefined || clusterCode === undefined || Object.values(values).some((value) => value === undefined)) continue;
    if (year === null) {
      problems.cell(row.line, "year_t", "", "is empty");
      continue;
    }
    if (clusterCode === null) {
      problems.cell(row.line, "cluster_code_t", "", "is empty");
      continue;
    }
    if (!duplicates.check(row.line, `${regionCode}|${clusterCode}|${year}`, `region ${regionCode}, cluster ${clusterCode}, year ${year}`)) continue;
    const employment = values.employment ?? null;
    clusters.push({
      line: row.line,
      regionCode,
      clusterCode,
      year,
      basis: "cmp_with_imputation",
      employment,
      employmentReported: values.employmentReported ?? null,
      employmentIsLowerBound: false,
      establishments: values.establishments ?? null,
      payrollThousandUsd: values.payroll ?? null,
      // CMP writes a wage of 0 where a cluster has no employment: no wage, not a wage of $0.
      averageWageUsd: employment && employment > 0 ? (values.wage ?? null) : null,
      locationQuotient: values.lq ?? null,
      lqBenchmarkCode: values.lq === null ? null : "US",
      lqPublished: values.lq !== null,
      pandemicFlag: false,
      derivation: null,
    });
    if (employment && values.share && values.share > 0) implied.push({ year, clusterCode, employment: employment / values.share });
  }
  problems.throwIfAny();
  if (clusters.length === 0) throw new ImportError(`${fileName}: none of its ${rowsRead} rows is for a region of the dashboard (San Diego, Imperial, California, United States)`);
  const years = [...new Set(clusters.map((row) => row.year))].sort();
  const regions = [...new Set(clusters.map((row) => reference.regions.get(row.regionCode)?.nameEn ?? row.regionCode))];
  return {
    format: "cmp",
    fileName,
    source: {
      title: `U.S. Cluster Mapping cluster indicators ${years.join(", ")}: ${regions.join(", ")} (${fileName})`,
      publisher: "U.S. Cluster Mapping Project, Harvard Business School Institute for Strategy and Competitiveness, and U.S. Economic Development Administration",
      year: years.at(-1) ?? null,
      url: "https://clustermapping.us",
      licence: "Use with attribution to the U.S. Cluster Mapping Project (Harvard Business School ISC and U.S. EDA)",
      notes: "Employment includes CMP's imputation of suppressed cells; location quotients published by CMP against the United States, within traded or local clusters.",
    },
    newRegions: [],
    industries: [],
    clusters,
    insured: [],
    rowsRead,
    skipped,
    notes: [],
    impliedNationalClusters: averageImplied(implied),
  };
}

function cmpRegion(row: Row): string | null {
  if (row.has("county_fips") && row.get("county_fips") !== "") return regionOfCmp.county![row.get("county_fips")] ?? null;
  return regionOfCmp[row.get("region_type_t").toLowerCase()]?.[row.get("region_code_t")] ?? null;
}

/** Several rows imply the same national total; they differ only by CMP's rounding, so their mean is used. */
function averageImplied(rows: { year: number; clusterCode: number; employment: number }[]) {
  const sums = new Map<string, { year: number; clusterCode: number; total: number; count: number }>();
  for (const row of rows) {
    const key = `${row.year}|${row.clusterCode}`;
    const sum = sums.get(key) ?? { year: row.year, clusterCode: row.clusterCode, total: 0, count: 0 };
    sum.total += row.employment;
    sum.count += 1;
    sums.set(key, sum);
  }
  return [...sums.values()].map((sum) => ({ year: sum.year, clusterCode: sum.clusterCode, employment: sum.total / sum.count }));
}
