import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { pandemicYears } from "../../reference/periods";
import type { IndustrySystem } from "../../generated/prisma/enums";
import { ImportError, ProblemList, SkipCounter } from "../problems";
import { readHead, readRecords } from "../read-records";
import type { ImportReference } from "../reference";
import { DuplicateCheck, numberCell, outOfRange, readTable, type Row } from "../table";
import type { IndustryFigure, ParseOptions, ParsedImport } from "../types";

export const censusPublisher = "U.S. Census Bureau, County Business Patterns";
export const censusLicence = "Public domain (U.S. federal government work)";
const cbpNotes =
  "Paid employees in the pay period including March 12, private non-farm employer establishments. Cells the Census Bureau does not publish are missing, so sums of industries are lower bounds.";
const encodingHint = "Census files are plain ASCII text: download the file again.";

/** CBP's industry basis by reference year: NAICS 2012 for 2012–2016, NAICS 2017 for 2017–2021. */
export function cbpSystemForYear(year: number, fileName: string): "NAICS2012" | "NAICS2017" {
  if (year >= 2012 && year <= 2016) return "NAICS2012";
  if (year >= 2017 && year <= 2021) return "NAICS2017";
  throw new ImportError(
    `${fileName}: County Business Patterns ${year} is coded in ${year >= 2022 ? "NAICS 2022" : "NAICS 2007"}, which the cluster definitions cannot be matched to here (NAICS 2012 and 2017 only)`,
  );
}

/** County files write NAICS with padding ("31----", "3361//", "------" for all industries). */
export function normaliseCountyFileNaics(value: string): string {
  const code = value.replace(/[-/]+$/, "");
  if (code === "") return "00";
  return { "31": "31-33", "44": "44-45", "48": "48-49" }[code] ?? code;
}

export type CbpCell = {
  regionCode: string;
  code: string;
  employment: number | null;
  establishments: number | null;
  payroll: number | null;
  withheld: boolean;
};

/** What every CBP layout gives: the cells, their industry system and year, and the source description. */
export function cbpResult(
  fileName: string,
  system: IndustrySystem,
  yearFrom: string,
  cells: { line: number; year: number; cell: CbpCell }[],
  rowsRead: number,
  skipped: SkipCounter,
  layout: "county file" | "Census API" | "table",
): ParsedImport {
  if (cells.length === 0) {
    throw new ImportError(
      `${fileName}: none of its ${rowsRead} rows is for a county of the dashboard (San Diego 06073, Imperial 06025)`,
    );
  }
  const years = [...new Set(cells.map((entry) => entry.year))].sort();
  const year = years.at(-1)!;
  const yearsText = years.join(" and ");
  const withheld = cells.filter((entry) => entry.cell.withheld).length;
  const industries: IndustryFigure[] = cells.map(({ line, year, cell }) => ({
    line,
    regionCode: cell.regionCode,
    system,
    code: cell.code,
    year,
    employment: cell.employment,
    establishments: cell.establishments,
    payrollThousandUsd: cell.payroll,
    valueAddedMillionMxn: null,
    withheld: cell.withheld,
    pandemicFlag: pandemicYears.has(year),
  }));
  const pandemic = years.filter((entry) => pandemicYears.has(entry));
  return {
    format: layout === "county file" ? "cbp-county" : layout === "Census API" ? "cbp-api" : "cbp-table",
    fileName,
    source: {
      title: `County Business Patterns ${yearsText} (${layout}): ${fileName}`,
      publisher: censusPublisher,
      year,
      url: "https://www.census.gov/programs-surveys/cbp.html",
      licence: censusLicence,
      notes: `${cbpNotes} ${system === "NAICS2017" ? "NAICS 2017" : "NAICS 2012"}. Year ${yearFrom}.${pandemic.length > 0 ? ` March ${pandemic.join(" and ")} falls in the COVID-19 pandemic.` : ""}`,
    },
    newRegions: [],
    industries,
    clusters: [],
    insured: [],
    rowsRead,
    skipped,
    notes: [
      `Year ${yearsText} ${yearFrom}; industries coded in ${system === "NAICS2017" ? "NAICS 2017" : "NAICS 2012"}.`,
      ...(withheld > 0 ? [`${withheld} cells withheld by the Census Bureau: stored as missing, never 0.`] : []),
    ],
  };
}

export function yearOf(
  fileName: string,
  options: ParseOptions,
  pattern: RegExp,
  described: string,
): { year: number; from: string } {
  if (options.year) return { year: options.year, from: "from --year" };
  const match = pattern.exec(fileName);
  if (match) {
    const year = match[1]!.length === 4 ? Number(match[1]) : 2000 + Number(match[1]);
    const refused = outOfRange(year, "year");
    if (refused)
      throw new ImportError(`${fileName}: the year in the file name, ${year}, ${refused}; pass --year <YYYY>`);
    return { year, from: `from the file name ${fileName}` };
  }
  throw new ImportError(`${fileName}: ${described} carry no year: pass --year <YYYY>`);
}

/** Reads one CBP row into a dashboard county's cell, or counts why it was left out. */
export function readCbpRow(
  row: Row,
  columns: {
    state: string;
    county: string;
    naics: string;
    employment: string;
    establishments: string;
    payroll: string;
    flag?: string;
  },
  system: IndustrySystem,
  reference: ImportReference,
  problems: ProblemList,
  skipped: SkipCounter,
  normalise: (value: string) => string,
): CbpCell | undefined {
  const state = row.get(columns.state).padStart(2, "0");
  const county = row.get(columns.county).padStart(3, "0");
  if (!/^\d{2}$/.test(state))
    return void problems.cell(row.line, columns.state, row.get(columns.state), "is not a state FIPS code");
  if (!/^\d{3}$/.test(county))
    return void problems.cell(row.line, columns.county, row.get(columns.county), "is not a county FIPS code");
  const regionCode = `${state}${county}`;
  const region = reference.regions.get(regionCode);
  if (!region || region.kind !== "county")
    return void skipped.add("counties outside the dashboard (only San Diego 06073 and Imperial 06025 are kept)");
  const code = normalise(row.get(columns.naics));
  if (!reference.isIndustryCode(system, code)) {
    return void problems.cell(
      row.line,
      columns.naics,
      row.get(columns.naics),
      `is not a ${system === "NAICS2017" ? "NAICS 2017" : "NAICS 2012"} code`,
    );
  }
  const employment = numberCell(row, columns.employment, problems, "count");
  const establishments = numberCell(row, columns.establishments, problems, "count");
  const payroll = row.has(columns.payroll) ? numberCell(row, columns.payroll, problems, "amount") : null;
  if (employment === undefined || establishments === undefined || payroll === undefined) return undefined;
  // Noise flags (G, H, J) qualify a figure; "D" (withheld) and "S" (below standards) mean there is none.
  // Before 2017 the EMPFLAG letters A–M give only a size range for a withheld cell: no figure either.
  const flag = columns.flag ? row.get(columns.flag).toUpperCase() : "";
  const withheld =
    flag === "D" || flag === "S" || (columns.flag === "empflag" && /^[A-M]$/.test(flag)) || employment === null;
  return {
    regionCode,
    code,
    employment: withheld ? null : employment,
    establishments,
    payroll: withheld ? null : payroll,
    withheld,
  };
}

/** The downloadable county file (`cbpYYco.txt`): fipstate, fipscty, naics, emp_nf, emp, …, est, … */
export async function parseCbpCountyFile(
  filePath: string,
  reference: ImportReference,
  options: ParseOptions,
): Promise<ParsedImport> {
  const fileName = path.basename(filePath);
  const { year, from } = yearOf(fileName, options, /cbp(\d{2})co/i, "County Business Patterns county files");
  const system = cbpSystemForYear(year, fileName);
  const problems = new ProblemList(fileName);
  const skipped = new SkipCounter();
  const duplicates = new DuplicateCheck(problems);
  const cells: { line: number; year: number; cell: CbpCell }[] = [];
  let rowsRead = 0;
  const rows = readTable(filePath, {
    encoding: "utf-8",
    encodingHint,
    delimiter: ",",
    required: ["fipstate", "fipscty", "naics", "emp", "est"],
    problems,
    normaliseHeader: (name) => name.trim().toLowerCase(),
    onProgress: options.onProgress,
  });
  for await (const row of rows) {
    rowsRead += 1;
    const flagColumn = row.has("emp_nf") && year >= 2017 ? "emp_nf" : row.has("empflag") ? "empflag" : undefined;
    const cell = readCbpRow(
      row,
      {
        state: "fipstate",
        county: "fipscty",
        naics: "naics",
        employment: "emp",
        establishments: "est",
        payroll: "ap",
        flag: flagColumn,
      },
      system,
      reference,
      problems,
      skipped,
      normaliseCountyFileNaics,
    );
    if (
      cell &&
      duplicates.check(row.line, `${cell.regionCode}|${cell.code}`, `county ${cell.regionCode}, NAICS ${cell.code}`)
    )
      cells.push({ line: row.line, year, cell });
  }
  problems.throwIfAny();
  return cbpResult(fileName, system, from, cells, rowsRead, skipped, "county file");
}

/**
 * The Census API's JSON answer, row by row: it writes one row per line (`[["EMP",…],` then
 * `["12","3",…],` … `["4","1",…]]`), so a national file streams in flat memory instead of being
 * parsed whole (a 200 MB answer took 3.4 GB). A row split over several lines (JSON re-saved by an
 * editor) is read by joining lines until they parse.
 */
async function* censusJsonRows(filePath: string, fileName: string, onProgress?: ParseOptions["onProgress"]) {
  const totalBytes = fs.statSync(filePath).size;
  let bytesRead = 0;
  const input = fs.createReadStream(filePath, { encoding: "utf8" });
  input.on("data", (chunk) => {
    bytesRead += Buffer.byteLength(chunk as string);
    onProgress?.(bytesRead, totalBytes);
  });
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  let pending = "";
  let pendingLine = 0;
  let lineNumber = 0;
  let rowNumber = 0;
  let opened = false;
  let closed = false;
  for await (const rawLine of lines) {
    lineNumber += 1;
    let text = rawLine.trim();
    if (text === "") continue;
    if (closed) throw new ImportError(`${fileName}:${lineNumber}: text after the end of the JSON array`);
    if (!opened) {
      if (!text.startsWith("["))
        throw new ImportError(
          `${fileName}:${lineNumber}: the Census API answers with an array of rows; this JSON is not one`,
        );
      text = text.slice(1).trimStart();
      opened = true;
      if (text === "") continue;
    }
    if (pending === "") pendingLine = lineNumber;
    pending += text;
    let candidate = pending.replace(/,$/, "");
    let last = false;
    if (/\]\s*\]$/.test(candidate)) {
      candidate = candidate.replace(/\]\s*$/, "");
      last = true;
    }
    // One row per line as the API writes it; several (compact JSON, as many tools save it) also read.
    let parsedRows: unknown[] | null = null;
    for (const attempt of [candidate, `[${candidate}]`]) {
      try {
        const value: unknown = JSON.parse(attempt);
        parsedRows = attempt === candidate ? [value] : (value as unknown[]);
        break;
      } catch {
        // Try the next reading, or wait for more lines.
      }
    }
    if (!parsedRows) {
      if (pending.length > 1_000_000)
        throw new ImportError(
          `${fileName}:${pendingLine}: not valid JSON: the row never ends (the file looks damaged)`,
        );
      continue;
    }
    for (const row of parsedRows) {
      if (!Array.isArray(row))
        throw new ImportError(
          `${fileName}:${pendingLine}: the Census API answers with an array of rows; this line is not one`,
        );
      // Rows are numbered as the API writes them, one per line: the header is row 1.
      rowNumber += 1;
      yield { line: rowNumber, fields: row.map((value) => (value === null ? "" : String(value))) };
    }
    pending = "";
    if (last) closed = true;
  }
  if (!opened) throw new ImportError(`${fileName}: the file is empty`);
  if (!closed)
    throw new ImportError(
      `${fileName}: not valid JSON (the array is never closed): the file looks truncated or damaged`,
    );
}

/** The Census API's answer (`EMP, ESTAB, PAYANN, NAICS2017, state, county`), as JSON or saved as CSV, streamed. */
export async function parseCbpApi(
  filePath: string,
  reference: ImportReference,
  options: ParseOptions,
): Promise<ParsedImport> {
  const fileName = path.basename(filePath);
  const problems = new ProblemList(fileName);
  const skipped = new SkipCounter();
  const duplicates = new DuplicateCheck(problems);
  const head = readHead(filePath, 4096)
    .toString("utf8")
    .replace(/^\uFEFF/, "")
    .trimStart();
  if (head === "") throw new ImportError(`${fileName}: the file is empty`);
  const rows: AsyncIterable<{ line: number; fields: string[] }> = head.startsWith("[")
    ? censusJsonRows(filePath, fileName, options.onProgress)
    : readRecords(filePath, { encoding: "utf-8", encodingHint, delimiter: ",", onProgress: options.onProgress });
  let header: string[] | null = null;
  let system: IndustrySystem | undefined;
  let index = new Map<string, number>();
  let dataRows = 0;
  const years = new Set<number>();
  const cells: { line: number; year: number; cell: CbpCell }[] = [];
  for await (const { line, fields } of rows) {
    if (!header) {
      header = fields;
      system = header.includes("NAICS2017") ? "NAICS2017" : header.includes("NAICS2012") ? "NAICS2012" : undefined;
      const required = ["EMP", "ESTAB", system ?? "NAICS2017", "state", "county"];
      const missing = required.filter((column) => !header!.includes(column));
      if (missing.length > 0)
        throw new ImportError(
          `${fileName}:${line}: missing column${missing.length > 1 ? "s" : ""} ${missing.map((c) => JSON.stringify(c)).join(", ")} (the header has ${header.map((c) => JSON.stringify(c)).join(", ")})`,
        );
      index = new Map(header.map((name, position) => [name, position]));
      continue;
    }
    dataRows += 1;
    const row: Row = {
      line,
      fields,
      get: (column) => (fields[index.get(column) ?? -1] ?? "").trim(),
      has: (column) => index.has(column),
    };
    if (fields.length !== header.length) {
      problems.add(
        line,
        `${fields.length} cells where the header has ${header.length}: ${fields.length < header.length ? "the row is cut short" : "the row has cells no column names"}`,
      );
      continue;
    }
    if (row.has("YEAR")) {
      const value = row.get("YEAR");
      const refused = /^\d{4}$/.test(value) ? outOfRange(Number(value), "year") : "is not a year";
      if (refused) {
        problems.cell(line, "YEAR", value, refused);
        continue;
      }
      years.add(Number(value));
    }
    const cell = readCbpRow(
      row,
      {
        state: "state",
        county: "county",
        naics: system!,
        employment: "EMP",
        establishments: "ESTAB",
        payroll: "PAYANN",
      },
      system!,
      reference,
      problems,
      skipped,
      // The Census API already writes sectors as "31-33" and all industries as "00".
      (value) => value,
    );
    if (
      cell &&
      duplicates.check(line, `${cell.regionCode}|${cell.code}`, `county ${cell.regionCode}, NAICS ${cell.code}`)
    )
      cells.push({ line, year: 0, cell });
  }
  if (!header) throw new ImportError(`${fileName}: the file is empty`);
  if (dataRows === 0) throw new ImportError(`${fileName}: the file has a header but no data rows`);
  if (years.size > 1) problems.add(1, `rows for several years (${[...years].join(", ")}): import one year per file`);
  problems.throwIfAny();
  const fileYear = [...years][0];
  if (fileYear === undefined && !options.year)
    throw new ImportError(
      `${fileName}: Census API answers carry no year unless YEAR was asked for: pass --year <YYYY>`,
    );
  const year = fileYear ?? options.year!;
  const from = fileYear !== undefined ? "from the YEAR column" : "from --year";
  if (system === "NAICS2017" && (year < 2017 || year > 2021))
    throw new ImportError(`${fileName}: NAICS2017 codes with year ${year}: CBP used NAICS 2017 for 2017–2021 only`);
  if (system === "NAICS2012" && (year < 2012 || year > 2016))
    throw new ImportError(`${fileName}: NAICS2012 codes with year ${year}: CBP used NAICS 2012 for 2012–2016 only`);
  return cbpResult(
    fileName,
    system!,
    from,
    cells.map((entry) => ({ ...entry, year })),
    dataRows,
    skipped,
    "Census API",
  );
}
