import path from "node:path";
import { ImportError, ProblemList } from "./problems";
import { readRecords, type RawRecord, type RecordOptions } from "./read-records";

export type Row = { line: number; get: (column: string) => string; has: (column: string) => boolean; fields: string[] };

/**
 * A delimited file read as a header and rows. The header must hold every required column (an
 * import that guessed at a missing column could store wrong numbers); a row with fewer cells than
 * the header is reported as truncated, one with more (beyond empty trailing cells) as misaligned.
 */
export async function* readTable(
  filePath: string,
  options: RecordOptions & {
    required: readonly string[];
    problems: ProblemList;
    normaliseHeader?: (name: string) => string;
  },
): AsyncGenerator<Row> {
  const fileName = path.basename(filePath);
  const normalise = options.normaliseHeader ?? ((name: string) => name.trim());
  let index: Map<string, number> | null = null;
  let headerLength = 0;
  let last: RawRecord | null = null;
  for await (const record of readRecords(filePath, options)) {
    if (!index) {
      const names = record.fields.map(normalise);
      const missing = options.required.filter((column) => !names.includes(column));
      if (missing.length > 0) {
        const shown = names
          .filter(Boolean)
          .map((name) => JSON.stringify(name))
          .join(", ");
        throw new ImportError(
          `${fileName}:${record.line}: missing column${missing.length > 1 ? "s" : ""} ${missing.map((column) => JSON.stringify(column)).join(", ")} (the header has ${shown})`,
        );
      }
      index = new Map(names.map((name, position) => [name, position]));
      // Trailing delimiters (INEGI ends every line with one) make an unnamed last column.
      headerLength = names.length - (names.at(-1) === "" ? 1 : 0);
      continue;
    }
    last = record;
    const columns = index;
    yield {
      line: record.line,
      fields: record.fields,
      get: (column) => (record.fields[columns.get(column) ?? -1] ?? "").trim(),
      has: (column) => columns.has(column),
    };
    if (record.fields.length < headerLength && !isNote(record)) {
      options.problems.add(
        record.line,
        `${record.fields.length} cells where the header has ${headerLength}: the line is cut short (truncated file?)`,
      );
    } else if (record.fields.slice(headerLength).some((cell) => cell.trim() !== "") && !isNote(record)) {
      options.problems.add(
        record.line,
        `${record.fields.length} cells where the header has ${headerLength}: the line has cells no column names (an unquoted comma or a shifted row?)`,
      );
    }
  }
  if (!index) throw new ImportError(`${fileName}: the file is empty (no header line)`);
  if (!last) throw new ImportError(`${fileName}: the file has a header but no data rows`);
}

const isNote = (record: RawRecord) => /^\s*Nota/i.test(record.fields[0] ?? "");

/**
 * What a number cell may hold. Every figure the dashboard imports is a year, a month, a count, an
 * amount or a coordinate; a value outside its range is a typing or export error, never data, and
 * once stored it would surface in menus and growth rates (a year −2016 offered as a filter).
 */
export type CellKind = keyof typeof cellRanges;

/** The earliest year any source covers (the SAIC and CBP series start in the 1990s). */
export const FIRST_DATA_YEAR = 1990;
// PostgreSQL's integer column; a larger count cannot be stored and would fail the whole write.
const INTEGER_COLUMN_MAX = 2_147_483_647;
// No regional economic figure comes near a quadrillion (dollars, pesos or jobs); a larger one is a
// misplaced exponent, and 1e308 would overflow every sum it entered.
const AMOUNT_MAX = 1e15;

export const cellRanges = {
  year: { whole: true, min: FIRST_DATA_YEAR, max: () => new Date().getFullYear(), meaning: "a year" },
  month: { whole: true, min: 1, max: () => 12, meaning: "a month" },
  count: { whole: true, min: 0, max: () => INTEGER_COLUMN_MAX, meaning: "a count" },
  amount: { whole: false, min: 0, max: () => AMOUNT_MAX, meaning: "an amount" },
  signed: { whole: false, min: -AMOUNT_MAX, max: () => AMOUNT_MAX, meaning: "a figure" },
  latitude: { whole: false, min: -90, max: () => 90, meaning: "a latitude" },
  longitude: { whole: false, min: -180, max: () => 180, meaning: "a longitude" },
} as const;

const numberPattern = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;

/**
 * Checks a number already read (from a cell, a file name or an option) against its kind's range;
 * returns the reason it is refused, or null.
 */
export function outOfRange(value: number, kind: CellKind): string | null {
  const range = cellRanges[kind];
  if (!Number.isFinite(value)) return "is not a finite number";
  if (range.whole && !Number.isInteger(value)) return "is not a whole number";
  const max = range.max();
  if (value < range.min || value > max) {
    const shown = (bound: number) => (Math.abs(bound) >= 1e6 ? bound.toExponential() : String(bound));
    return kind === "year"
      ? `is not a year the sources cover (${range.min} to ${max})`
      : `is out of range for ${range.meaning} (${shown(range.min)} to ${shown(max)})`;
  }
  return null;
}

/** A number cell: the value, null when empty, or undefined after recording the problem. */
export function numberCell(row: Row, column: string, problems: ProblemList, kind: CellKind): number | null | undefined {
  const value = row.get(column);
  if (value === "") return null;
  if (!numberPattern.test(value)) {
    problems.cell(row.line, column, value, "is not a number");
    return undefined;
  }
  const number = Number(value);
  const refused = outOfRange(number, kind);
  if (refused) {
    problems.cell(row.line, column, value, refused);
    return undefined;
  }
  return number;
}

/** Records each key once and reports the line that repeats it. */
export class DuplicateCheck {
  private readonly seen = new Map<string, number>();
  constructor(private readonly problems: ProblemList) {}
  check(line: number, key: string, described: string): boolean {
    const first = this.seen.get(key);
    if (first !== undefined) {
      this.problems.add(line, `duplicate of line ${first}: ${described} appears twice`);
      return false;
    }
    this.seen.set(key, line);
    return true;
  }
}
