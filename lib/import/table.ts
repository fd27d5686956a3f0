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

/** Cell parsers returning the value or recording a problem and returning undefined. */
export function numberCell(
  row: Row,
  column: string,
  problems: ProblemList,
  kind: "integer" | "decimal",
): number | null | undefined {
  const value = row.get(column);
  if (value === "") return null;
  const pattern = kind === "integer" ? /^-?\d+$/ : /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;
  if (!pattern.test(value)) {
    const isDecimal = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(value);
    problems.cell(
      row.line,
      column,
      value,
      kind === "integer" && isDecimal ? "is not a whole number" : "is not a number",
    );
    return undefined;
  }
  return Number(value);
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
