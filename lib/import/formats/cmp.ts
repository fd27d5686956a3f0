import path from "node:path";
import type { RegionDefinition } from "../../dataset/regions";
import { statesOfMetroName, usStateCodeOfFips, usStateRegion } from "../../reference/us-states";
import { ImportError, ProblemList, SkipCounter } from "../problems";
import type { ImportReference } from "../reference";
import { DuplicateCheck, numberCell, readTable, type CellKind, type Row } from "../table";
import { noCmpExtras, type BenchmarkFigure, type ClusterFigure, type ParseOptions, type ParsedImport } from "../types";

const required = [
  "year_t",
  "region_type_t",
  "region_code_t",
  "cluster_code_t",
  "emp_tl",
  "est_tl",
  "ap_tl",
  "private_wage_tf",
  "lq_tf",
] as const;

export const cmpPublisher =
  "U.S. Cluster Mapping Project, Harvard Business School Institute for Strategy and Competitiveness, and U.S. Economic Development Administration";
export const cmpLicence =
  "Use with attribution to the U.S. Cluster Mapping Project (Harvard Business School ISC and U.S. EDA)";

/**
 * CMP's average wage, or null where it has none. CMP writes a wage of 0 where no published cell
 * carries a wage: a cluster without jobs, or one whose jobs are all imputed (Imperial's Metal Mining,
 * 375 jobs). That is a missing wage, never a wage of $0.
 */
export function cmpAverageWage(wage: number | null, employment: number | null): number | null {
  if (wage === null || wage <= 0 || !employment) return null;
  return wage;
}

/** CMP and R write TRUE/FALSE (or True/False); NA and empty mean the flag is not given. */
function flagCell(row: Row, column: string, problems: ProblemList): boolean | null | undefined {
  if (!row.has(column)) return null;
  const value = row.get(column).toLowerCase();
  if (value === "" || value === "na") return null;
  if (value === "true") return true;
  if (value === "false") return false;
  problems.cell(row.line, column, row.get(column), 'is not "TRUE" or "FALSE"');
  return undefined;
}

/** A number cell where R's NA also means missing. */
function cmpNumber(row: Row, column: string, problems: ProblemList, kind: CellKind) {
  if (!row.has(column) || row.get(column).toUpperCase() === "NA") return null;
  return numberCell(row, column, problems, kind);
}

/**
 * A metro area's region code: "cbsa-" and its CBSA code. CBSA, county FIPS and INEGI municipio codes are
 * all five digits (CBSA 28020 and Tamaulipas municipio 28020), so metro areas get a prefix of their own.
 */
export const cbsaRegionCode = (cbsa: string) => `cbsa-${cbsa}`;

type RegionResult = { code: string } | { skip: string } | { problem: [column: string, message: string] };

/** Resolves a row's region to a dashboard region code, defining the regions the file names (states, metros, counties). */
class CmpRegions {
  readonly created = new Map<string, RegionDefinition>();
  constructor(private readonly reference: ImportReference) {}

  private known(code: string) {
    return this.reference.regions.get(code) ?? this.created.get(code);
  }

  /** Defines a U.S. state (by its postal code) the first time the file needs it. */
  private ensureState(code: string): void {
    const state = usStateRegion(code);
    if (!state || this.known(code)) return;
    this.created.set(code, { ...state, country: "US", kind: "state", parentCode: "US" });
  }

  resolve(row: Row): RegionResult {
    if (row.has("county_fips") && row.get("county_fips") !== "") {
      const fips = row.get("county_fips").padStart(5, "0");
      const county = this.known(fips);
      if (county?.kind === "county" && county.country === "US") return { code: fips };
      return {
        skip: "rows whose county_fips names a county the dashboard does not hold (a CMP county file, region_type_t county, adds counties)",
      };
    }
    const type = row.get("region_type_t").toLowerCase();
    const code = row.get("region_code_t");
    const name = row.get("region_name_t").trim() || code;
    if (type === "country") return { code: "US" };
    if (type === "state") {
      const state = /^\d{1,2}$/.test(code) ? usStateCodeOfFips(code) : undefined;
      if (!state) return { problem: ["region_code_t", "is not a U.S. state FIPS code"] };
      this.ensureState(state);
      return this.checkKind(state, ["state"]);
    }
    if (type === "msa") {
      if (!/^\d{5}$/.test(code)) return { problem: ["region_code_t", "is not a five-digit CBSA code"] };
      const cbsa = cbsaRegionCode(code);
      if (!this.known(cbsa)) {
        const states = statesOfMetroName(name);
        if (!states)
          return {
            problem: ["region_name_t", 'does not end with the metro area\'s state abbreviations ("El Paso, TX")'],
          };
        states.forEach((fips) => this.ensureState(fips));
        const areaType = `${row.has("region_area_type_t") ? row.get("region_area_type_t") : ""} ${row.has("region_short_name_t") ? row.get("region_short_name_t") : ""}`;
        const kind = /micropolitan/i.test(areaType) ? "micro" : "metro";
        this.created.set(cbsa, {
          code: cbsa,
          nameEn: name,
          nameEs: name,
          country: "US",
          kind,
          parentCode: states[0]!,
          sortOrder: 1000,
          stateCodes: states,
        });
      }
      return this.checkKind(cbsa, ["metro", "micro"]);
    }
    if (type === "county") {
      const fips = /^\d{4,5}$/.test(code) ? code.padStart(5, "0") : "";
      const state = usStateCodeOfFips(fips.slice(0, 2));
      if (!state) return { problem: ["region_code_t", "is not a U.S. county FIPS code"] };
      if (!this.known(fips)) {
        this.ensureState(state);
        this.created.set(fips, {
          code: fips,
          nameEn: name,
          nameEs: name,
          country: "US",
          kind: "county",
          parentCode: state,
          sortOrder: 2000,
        });
      }
      return this.checkKind(fips, ["county"]);
    }
    if (type === "economic") {
      const eaCode = `ea-${code}`;
      if (!this.known(eaCode))
        this.created.set(eaCode, {
          code: eaCode,
          nameEn: name,
          nameEs: name,
          country: "US",
          kind: "economic_area",
          parentCode: "US",
          sortOrder: 3000,
        });
      return { code: eaCode };
    }
    return { problem: ["region_type_t", "is not a CMP region type (country, state, economic, msa, county)"] };
  }

  private checkKind(code: string, kinds: string[]): RegionResult {
    const region = this.known(code)!;
    if (region.country === "US" && kinds.includes(region.kind)) return { code };
    return {
      problem: [
        "region_code_t",
        `is region ${code} of the dashboard, a ${region.country === "US" ? "" : `${region.country} `}${region.kind}, not a U.S. ${kinds.join(" or ")}`,
      ],
    };
  }
}

/**
 * U.S. Cluster Mapping cluster files (clustermapping.us's cluster indicators), any region type and
 * year, plain or gzip. Metro areas, states and counties the file names become regions; CMP's national
 * ranks and strength flags are kept; the U.S. cluster totals the rows imply become benchmark totals.
 */
export async function parseCmp(
  filePath: string,
  reference: ImportReference,
  options: ParseOptions,
): Promise<ParsedImport> {
  const fileName = path.basename(filePath);
  const problems = new ProblemList(fileName);
  const skipped = new SkipCounter();
  const duplicates = new DuplicateCheck(problems);
  const regions = new CmpRegions(reference);
  const clusters: ClusterFigure[] = [];
  const implied = new Map<
    string,
    { year: number; clusterCode: number; employment: number; share: number; rows: number }
  >();
  let rowsRead = 0;
  const rows = readTable(filePath, {
    encoding: "utf-8",
    encodingHint: "CMP files are UTF-8 text.",
    delimiter: ",",
    required,
    problems,
    onProgress: options.onProgress,
  });
  for await (const row of rows) {
    rowsRead += 1;
    const region = regions.resolve(row);
    if ("skip" in region) {
      skipped.add(region.skip);
      continue;
    }
    if ("problem" in region) {
      problems.cell(row.line, region.problem[0], row.get(region.problem[0]), region.problem[1]);
      continue;
    }
    const regionCode = region.code;
    const year = numberCell(row, "year_t", problems, "year");
    const clusterCode = numberCell(row, "cluster_code_t", problems, "count");
    if (clusterCode !== undefined && clusterCode !== null && !reference.clusters.has(clusterCode)) {
      problems.cell(row.line, "cluster_code_t", row.get("cluster_code_t"), "is not a CMP cluster code");
      continue;
    }
    const values = {
      employment: cmpNumber(row, "emp_tl", problems, "count"),
      employmentReported: cmpNumber(row, "emp_reported_tl", problems, "count"),
      establishments: cmpNumber(row, "est_tl", problems, "count"),
      payroll: cmpNumber(row, "ap_tl", problems, "amount"),
      wage: cmpNumber(row, "private_wage_tf", problems, "amount"),
      lq: cmpNumber(row, "lq_tf", problems, "amount"),
      share: cmpNumber(row, "cluster_emp_per_tf", problems, "amount"),
      rankEmployment: cmpNumber(row, "emp_tl_rank_i", problems, "count"),
      rankLq: cmpNumber(row, "lq_tf_rank_i", problems, "count"),
      rankWage: cmpNumber(row, "private_wage_tf_rank_i", problems, "count"),
      rankEstablishments: cmpNumber(row, "est_tl_rank_i", problems, "count"),
    };
    const flags = {
      cmpQualifying: flagCell(row, "qualifying_b", problems),
      cmpSignificant: flagCell(row, "significant_b", problems),
      cmpStrong: flagCell(row, "strong_b", problems),
      cmpStrong10: flagCell(row, "strong10_b", problems),
    };
    if (
      year === undefined ||
      clusterCode === undefined ||
      Object.values(values).some((value) => value === undefined) ||
      Object.values(flags).some((flag) => flag === undefined)
    )
      continue;
    if (year === null) {
      problems.cell(row.line, "year_t", "", "is empty");
      continue;
    }
    if (clusterCode === null) {
      problems.cell(row.line, "cluster_code_t", "", "is empty");
      continue;
    }
    if (
      !duplicates.check(
        row.line,
        `${regionCode}|${clusterCode}|${year}`,
        `region ${regionCode}, cluster ${clusterCode}, year ${year}`,
      )
    )
      continue;
    const employment = values.employment ?? null;
    clusters.push({
      ...noCmpExtras,
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
      averageWageUsd: cmpAverageWage(values.wage ?? null, employment),
      locationQuotient: values.lq ?? null,
      lqBenchmarkCode: values.lq === null ? null : "US",
      lqPublished: values.lq !== null,
      pandemicFlag: false,
      derivation: null,
      derivationEs: null,
      nationalRankEmployment: values.rankEmployment ?? null,
      nationalRankLq: values.rankLq ?? null,
      nationalRankWage: values.rankWage ?? null,
      nationalRankEstablishments: values.rankEstablishments ?? null,
      cmpQualifying: flags.cmpQualifying ?? null,
      cmpSignificant: flags.cmpSignificant ?? null,
      cmpStrong: flags.cmpStrong ?? null,
      cmpStrong10: flags.cmpStrong10 ?? null,
    });
    if (regionCode !== "US" && employment && values.share && values.share > 0) {
      const key = `${year}|${clusterCode}`;
      const sum = implied.get(key) ?? { year, clusterCode, employment: 0, share: 0, rows: 0 };
      sum.employment += employment;
      sum.share += values.share;
      sum.rows += 1;
      implied.set(key, sum);
    }
  }
  problems.throwIfAny();
  if (clusters.length === 0)
    throw new ImportError(`${fileName}: none of its ${rowsRead} rows could be stored (see the skipped rows)`);
  const years = [...new Set(clusters.map((row) => row.year))].sort();
  const regionCodes = [...new Set(clusters.map((row) => row.regionCode))];
  const named =
    regionCodes.length <= 4
      ? regionCodes
          .map((code) => reference.regions.get(code)?.nameEn ?? regions.created.get(code)?.nameEn ?? code)
          .join(", ")
      : `${regionCodes.length} regions`;
  return {
    format: "cmp",
    fileName,
    source: {
      title: `U.S. Cluster Mapping cluster indicators ${years.join(", ")}: ${named} (${fileName})`,
      publisher: cmpPublisher,
      year: years.at(-1) ?? null,
      url: "https://clustermapping.us",
      licence: cmpLicence,
      notes:
        "Employment includes CMP's imputation of suppressed cells; location quotients published by CMP against the United States, within traded or local clusters.",
    },
    newRegions: [...regions.created.values()],
    industries: [],
    clusters,
    insured: [],
    benchmarks: impliedBenchmarks([...implied.values()], reference, fileName),
    rowsRead,
    skipped,
    notes:
      regions.created.size > 0
        ? [`${regions.created.size} regions defined by the file (metro areas, states or counties).`]
        : [],
  };
}

/**
 * The U.S. employment of each cluster that the file's rows imply: each row gives its region's share of
 * the national cluster (cluster_emp_per_tf), so Σ emp_tl / Σ share is the national total; summing over
 * rows before dividing weighs the larger regions, whose shares CMP rounds least.
 */
function impliedBenchmarks(
  sums: { year: number; clusterCode: number; employment: number; share: number; rows: number }[],
  reference: ImportReference,
  fileName: string,
): BenchmarkFigure[] {
  const perCluster: BenchmarkFigure[] = sums.map((sum) => ({
    regionCode: "US",
    year: sum.year,
    clusterCode: sum.clusterCode,
    clusterType: null,
    employment: sum.employment / sum.share,
    derivation: `Σ emp_tl / Σ cluster_emp_per_tf over ${sum.rows} row${sum.rows > 1 ? "s" : ""} of ${fileName} (the regions' shares of U.S. cluster employment)`,
  }));
  const totals: BenchmarkFigure[] = [];
  for (const year of new Set(perCluster.map((row) => row.year))) {
    for (const type of ["traded", "local"] as const) {
      const members = [...reference.clusters.values()].filter((cluster) => cluster.type === type);
      const rows = perCluster.filter(
        (row) => row.year === year && reference.clusters.get(row.clusterCode!)?.type === type,
      );
      if (rows.length !== members.length) continue;
      totals.push({
        regionCode: "US",
        year,
        clusterCode: null,
        clusterType: type,
        employment: rows.reduce((sum, row) => sum + row.employment, 0),
        derivation: `Sum of the implied U.S. totals of all ${type} clusters`,
      });
    }
  }
  return [...perCluster, ...totals];
}
