export type CsvValue = string | number | boolean | null | undefined;

/**
 * A text cell that a spreadsheet would run as a formula (=, +, -, @, tab, carriage return) gets a
 * leading apostrophe. Numbers stay numbers: a negative change is data, not a formula.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export type CsvLanguage = "en" | "es";

// Yes/no cells are our words, so they follow the file's language like its column names.
const booleanWords: Record<CsvLanguage, [string, string]> = { en: ["true", "false"], es: ["verdadero", "falso"] };

// A cell is quoted when it holds the delimiter, a quote or a line break (RFC 4180), as csv-stringify
// quotes it; tests/unit/csv.test.ts checks this writer against csv-stringify on generated rows. Written
// by hand because the whole-dataset export formats millions of cells, and csv-stringify's per-cell
// options and casts made it most of the export's time.
const needsQuotes = /[",\r\n]/;

function csvCell(value: CsvValue, lang: CsvLanguage): string {
  if (value === null || value === undefined) return "";
  // Unformatted numbers: no thousands separators, full precision, "." as decimal mark.
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return booleanWords[lang][value ? 0 : 1];
  const text = neutraliseFormula(value);
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const BOM = "\uFEFF";

/** RFC 4180 records, CRLF after each, quotes doubled. */
export function csvRecords(rows: CsvValue[][], lang: CsvLanguage = "en"): string {
  let text = "";
  for (const row of rows) {
    for (let index = 0; index < row.length; index++) text += (index > 0 ? "," : "") + csvCell(row[index], lang);
    text += "\r\n";
  }
  return text;
}

/** One document: optional byte-order mark (so Excel reads UTF-8 accents), header row, rows. */
export function toCsv(
  header: string[],
  rows: CsvValue[][],
  { bom = true, lang = "en" }: { bom?: boolean; lang?: CsvLanguage } = {},
): string {
  return (bom ? BOM : "") + csvRecords([header, ...rows], lang);
}

/** The Response for a CSV download. */
export function csvResponse(body: string | ReadableStream<Uint8Array>, filename: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, "-")}"`,
      "Cache-Control": "no-store",
    },
  });
}

/** File names say what and for which filters: calibaja-clusters-by-lq-2016-us-side.csv */
export function exportFilename(parts: (string | number | null | undefined)[]): string {
  return `${["calibaja", ...parts.filter((part) => part !== null && part !== undefined && part !== "")]
    .map((part) =>
      String(part)
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-|-$/g, ""),
    )
    .join("-")}.csv`;
}
