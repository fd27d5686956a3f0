import path from "node:path";
import type { RegionDefinition } from "../../dataset/regions";
import type { IndustrySystem } from "../../generated/prisma/enums";
import { usStateCodeOfFips, usStateRegion } from "../../reference/us-states";
import { ImportError, ProblemList, SkipCounter } from "../problems";
import type { ImportReference } from "../reference";
import { DuplicateCheck, numberCell, readTable, type Row } from "../table";
import type { ParseOptions, ParsedImport } from "../types";
import { cbpResult, yearOf, type CbpCell } from "./cbp";

/** The two tabular CBP layouts: this project's shipped extracts, and the Census API rows as re-published (ModelEarth). */
const layouts = {
  shipped: {
    fips: "county_fips",
    naics: "naics2017_code",
    employment: "EMP",
    establishments: "ESTAB",
    payroll: "PAYANN_thousand_usd",
  },
  census: {
    fips: "Fips",
    naics: "Naics",
    employment: "Employees",
    establishments: "Establishments",
    payroll: "Payroll",
  },
} as const;

/**
 * County Business Patterns as a table: the shipped layout (`year, county_fips, county_name, …,
 * naics2017_code, naics_digits, EMP, ESTAB, PAYANN_thousand_usd[, emp_withheld_in_source]`) or the
 * Census API's columns `Fips,Naics,Establishments,Employees,Payroll` (year from --year or the file name).
 * A withheld cell is missing, never 0: flagged by `emp_withheld_in_source`, or, in the Census layout,
 * written as 0 employees and 0 payroll for a row with establishments (how that layout writes it).
 */
export async function parseCbpTable(
  filePath: string,
  reference: ImportReference,
  options: ParseOptions,
): Promise<ParsedImport> {
  const fileName = path.basename(filePath);
  const problems = new ProblemList(fileName);
  const skipped = new SkipCounter();
  const duplicates = new DuplicateCheck(problems);
  const newRegions = new Map<string, RegionDefinition>();
  const cells: { line: number; year: number; cell: CbpCell }[] = [];
  let layout: (typeof layouts)[keyof typeof layouts] | null = null;
  let fileYear: { year: number; from: string } | null = null;
  let rowsRead = 0;
  const rows = readTable(filePath, {
    encoding: "utf-8",
    encodingHint: "CBP tables are plain text: download the file again.",
    delimiter: ",",
    required: [],
    problems,
    onProgress: options.onProgress,
  });
  for await (const row of rows) {
    rowsRead += 1;
    if (!layout) {
      layout = row.has("county_fips") ? layouts.shipped : layouts.census;
      const missing = [...Object.values(layout), ...(layout === layouts.shipped ? ["year"] : [])].filter(
        (column) => !row.has(column),
      );
      if (missing.length > 0)
        throw new ImportError(
          `${fileName}:1: missing column${missing.length > 1 ? "s" : ""} ${missing.map((column) => JSON.stringify(column)).join(", ")}`,
        );
      if (layout === layouts.census) fileYear = yearOf(fileName, options, /((?:19|20)\d{2})/, "Census CBP tables");
    }
    const year = fileYear?.year ?? numberCell(row, "year", problems, "year");
    if (year === undefined) continue;
    if (year === null) {
      problems.cell(row.line, "year", "", "is empty");
      continue;
    }
    const system: IndustrySystem = year <= 2016 ? "NAICS2012" : "NAICS2017";
    const cell = readRow(row, layout, system, reference, newRegions, problems, skipped);
    if (
      cell &&
      duplicates.check(
        row.line,
        `${cell.regionCode}|${cell.code}|${year}`,
        `county ${cell.regionCode}, NAICS ${cell.code}, year ${year}`,
      )
    )
      cells.push({ line: row.line, year, cell });
  }
  problems.throwIfAny();
  if (!layout) throw new ImportError(`${fileName}: the file has a header but no data rows`);
  const systems = new Set(cells.map((entry) => (entry.year <= 2016 ? "NAICS2012" : "NAICS2017")));
  if (systems.size > 1)
    throw new ImportError(
      `${fileName}: rows for years before and after 2017 (NAICS 2012 and 2017): import one industry basis per file`,
    );
  const from = fileYear?.from ?? "from the year column";
  const parsed = cbpResult(
    fileName,
    ([...systems][0] as IndustrySystem) ?? "NAICS2017",
    from,
    cells,
    rowsRead,
    skipped,
    "table",
  );
  return { ...parsed, newRegions: [...newRegions.values()] };
}

function readRow(
  row: Row,
  layout: (typeof layouts)[keyof typeof layouts],
  system: IndustrySystem,
  reference: ImportReference,
  newRegions: Map<string, RegionDefinition>,
  problems: ProblemList,
  skipped: SkipCounter,
): CbpCell | undefined {
  const fipsCell = row.get(layout.fips);
  if (!/^\d{4,5}$/.test(fipsCell))
    return void problems.cell(row.line, layout.fips, fipsCell, "is not a five-digit county FIPS code");
  const regionCode = fipsCell.padStart(5, "0");
  const region = reference.regions.get(regionCode) ?? newRegions.get(regionCode);
  if (!region) {
    const defined = row.has("county_name")
      ? defineCounty(regionCode, row.get("county_name"), reference, newRegions)
      : undefined;
    if (!defined)
      return void skipped.add(
        "counties the dashboard does not hold (the Census layout names no county: use the shipped layout with county_name)",
      );
  } else if (region.kind !== "county" || region.country !== "US") {
    return void problems.cell(
      row.line,
      layout.fips,
      fipsCell,
      `is region ${regionCode} of the dashboard, a ${region.country} ${region.kind}, not a U.S. county`,
    );
  }
  const code = row.get(layout.naics);
  if (!reference.isIndustryCode(system, code)) {
    const why =
      system === "NAICS2017"
        ? "is not a NAICS 2017 code (a NAICS 2022-only code cannot be matched to the cluster definitions)"
        : "is not a NAICS 2012 code";
    return void problems.cell(row.line, layout.naics, code, why);
  }
  const employment = numberCell(row, layout.employment, problems, "count");
  const establishments = numberCell(row, layout.establishments, problems, "count");
  const payroll = numberCell(row, layout.payroll, problems, "amount");
  if (employment === undefined || establishments === undefined || payroll === undefined) return undefined;
  let withheld = employment === null;
  if (row.has("emp_withheld_in_source")) {
    const flag = row.get("emp_withheld_in_source");
    if (!["", "0", "1"].includes(flag))
      return void problems.cell(row.line, "emp_withheld_in_source", flag, 'is not "0" or "1"');
    withheld ||= flag === "1";
  } else if (layout === layouts.census) {
    withheld ||= employment === 0 && (payroll ?? 0) === 0 && (establishments ?? 0) > 0;
  }
  return {
    regionCode,
    code,
    employment: withheld ? null : employment,
    establishments,
    payroll: withheld ? null : payroll,
    withheld,
  };
}

/** A county the shipped layout names ("Maricopa County, AZ"), under its state. */
function defineCounty(
  code: string,
  name: string,
  reference: ImportReference,
  newRegions: Map<string, RegionDefinition>,
): RegionDefinition | undefined {
  const stateCode = usStateCodeOfFips(code.slice(0, 2));
  const state = stateCode ? usStateRegion(stateCode) : undefined;
  if (!state || name.trim() === "") return undefined;
  if (!reference.regions.has(state.code) && !newRegions.has(state.code))
    newRegions.set(state.code, { ...state, country: "US", kind: "state", parentCode: "US" });
  const county: RegionDefinition = {
    code,
    nameEn: name.trim(),
    nameEs: name.trim(),
    country: "US",
    kind: "county",
    parentCode: state.code,
    sortOrder: 2000,
  };
  newRegions.set(code, county);
  return county;
}
