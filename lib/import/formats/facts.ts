import path from "node:path";
import {
  benchmarkOfMetric,
  parseReferenceYear,
  parseStatedValue,
  regionOfGeography,
  splitCompoundFigure,
  type PublishedFigureRow,
} from "../../dataset/published-facts";
import { ImportError, ProblemList, SkipCounter } from "../problems";
import type { ImportReference } from "../reference";
import { DuplicateCheck, numberCell, readTable } from "../table";
import type { Citation, FactFigure, ParseOptions, ParsedImport } from "../types";

const factColumns = [
  "fact_id",
  "geography",
  "industry_or_scope",
  "metric",
  "value_as_stated",
  "unit",
  "reference_year",
  "underlying_study",
  "reported_in",
  "url",
  "note_or_quote",
  "transcription_confidence",
] as const;

/**
 * A compilation of published figures, one per row with its own citation (`underlying_study`,
 * `reported_in`, `url`). Values keep the publisher's qualifiers (">28", "~15", "7 million"): a bound
 * stays a bound and text stays text. Each study becomes a citation under the file's source.
 */
export async function parseFacts(
  filePath: string,
  _reference: ImportReference,
  options: ParseOptions,
): Promise<ParsedImport> {
  const fileName = path.basename(filePath);
  const problems = new ProblemList(fileName);
  const duplicates = new DuplicateCheck(problems);
  const facts: FactFigure[] = [];
  let rowsRead = 0;
  const required = factColumns.filter((column) => column !== "note_or_quote");
  for await (const row of readTable(filePath, {
    encoding: "utf-8",
    encodingHint: "Save the file as UTF-8.",
    delimiter: ",",
    required,
    problems,
    onProgress: options.onProgress,
  })) {
    rowsRead += 1;
    const record = Object.fromEntries(
      factColumns.map((column) => [column, row.has(column) ? row.get(column) : ""]),
    ) as Record<(typeof factColumns)[number], string>;
    const empty = required.filter((column) => record[column] === "");
    if (empty.length > 0) {
      for (const column of empty) problems.cell(row.line, column, "", "is empty: every published figure needs it");
      continue;
    }
    if (!duplicates.check(row.line, record.fact_id, `fact_id ${record.fact_id}`)) continue;
    const stated: PublishedFigureRow = { ...record, note_or_quote: record.note_or_quote || null, line: row.line };
    for (const part of splitCompoundFigure(stated)) {
      const { valueNumber, bound } = parseStatedValue(part.value_as_stated);
      const citation: Citation = {
        title: part.underlying_study,
        publisher: part.reported_in,
        year: parseReferenceYear(part.reported_in.match(/\d{4}/)?.[0] ?? part.underlying_study),
        url: part.url,
      };
      facts.push({
        line: row.line,
        key: part.fact_id,
        regionCode: regionOfGeography(part.geography),
        geography: part.geography,
        scope: part.industry_or_scope,
        metric: part.metric,
        valueAsStated: part.value_as_stated,
        valueNumber,
        bound,
        unit: part.unit,
        year: parseReferenceYear(part.reference_year),
        yearAsStated: part.reference_year,
        benchmark: benchmarkOfMetric(part.metric),
        wording: part.note_or_quote,
        confidence: part.transcription_confidence,
        study: part.underlying_study,
        citation,
      });
    }
  }
  problems.throwIfAny();
  if (facts.length === 0) throw new ImportError(`${fileName}: the file has a header but no figures`);
  return factsResult("facts", fileName, facts, rowsRead, `Published figures compiled in ${fileName}`);
}

const regionColumns: Readonly<Record<string, { code: string; geography: string }>> = {
  san_diego_county: { code: "06073", geography: "San Diego County" },
  imperial_county: { code: "06025", geography: "Imperial County" },
  baja_california: { code: "02", geography: "Baja California" },
  us_total: { code: "US", geography: "United States" },
  mexico_total: { code: "MX", geography: "Mexico" },
};

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_|_$/g, "");

/**
 * A published statistical table, one indicator per row and one region per column (`indicator`,
 * `san_diego_county` or a region code such as `06073`, …, `unit`), as in *Jobs Without Borders*
 * Table 1. Tables rarely print their year in a cell: it comes from --year.
 */
export async function parseFactsTable(
  filePath: string,
  reference: ImportReference,
  options: ParseOptions,
): Promise<ParsedImport> {
  const fileName = path.basename(filePath);
  const problems = new ProblemList(fileName);
  const duplicates = new DuplicateCheck(problems);
  if (!options.year)
    throw new ImportError(`${fileName}: a statistical table carries no reference year: pass --year <YYYY>`);
  const year = options.year;
  const facts: FactFigure[] = [];
  let rowsRead = 0;
  let columns: { name: string; code: string; geography: string }[] | null = null;
  for await (const row of readTable(filePath, {
    encoding: "utf-8",
    encodingHint: "Save the file as UTF-8.",
    delimiter: ",",
    required: ["indicator", "unit"],
    problems,
    onProgress: options.onProgress,
  })) {
    rowsRead += 1;
    columns ??= headerRegions(row, reference);
    if (columns.length === 0)
      throw new ImportError(
        `${fileName}:1: no column names a region (a dashboard region code, or one of ${Object.keys(regionColumns).join(", ")})`,
      );
    const indicator = row.get("indicator");
    if (indicator === "") {
      problems.cell(row.line, "indicator", "", "is empty");
      continue;
    }
    if (!duplicates.check(row.line, indicator, `indicator "${indicator}"`)) continue;
    for (const column of columns) {
      const value = numberCell(row, column.name, problems, "signed");
      if (value === undefined || value === null) continue;
      facts.push({
        line: row.line,
        key: `table_${year}_${slug(indicator)}_${column.code}`,
        regionCode: column.code,
        geography: column.geography,
        scope: "all",
        metric: indicator,
        valueAsStated: row.get(column.name),
        valueNumber: value,
        bound: "exact",
        unit: row.get("unit"),
        year,
        yearAsStated: String(year),
        benchmark: null,
        wording: null,
        confidence: null,
        study: null,
        citation: null,
      });
    }
  }
  problems.throwIfAny();
  if (facts.length === 0) throw new ImportError(`${fileName}: the file has a header but no figures`);
  return factsResult("facts-table", fileName, facts, rowsRead, `Statistical table ${fileName}, ${year}`);
}

/** The columns of a table row that name regions. */
function headerRegions(row: { has: (column: string) => boolean }, reference: ImportReference) {
  const named = Object.entries(regionColumns)
    .filter(([name]) => row.has(name))
    .map(([name, region]) => ({ name, ...region }));
  const coded = [...reference.regions.values()]
    .filter((region) => row.has(region.code))
    .map((region) => ({ name: region.code, code: region.code, geography: region.nameEn }));
  return [...named, ...coded];
}

function factsResult(
  format: "facts" | "facts-table",
  fileName: string,
  facts: FactFigure[],
  rowsRead: number,
  title: string,
): ParsedImport {
  const years = facts.map((fact) => fact.year).filter((year): year is number => year !== null);
  return {
    format,
    fileName,
    source: {
      title,
      publisher: "Compiled from the publications each figure cites",
      year: years.length ? Math.max(...years) : null,
      url: null,
      licence: "Quoted for reference with citation",
      notes: "Each figure keeps the wording and qualifiers of its publication.",
    },
    newRegions: [],
    industries: [],
    clusters: [],
    insured: [],
    facts,
    rowsRead,
    skipped: new SkipCounter(),
    notes: [`${facts.length} published figures.`],
  };
}
