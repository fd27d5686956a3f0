import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { BOM, csvRecords, exportFilename, neutraliseFormula, toCsv, type CsvValue } from "../../lib/csv";

describe("CSV", () => {
  it("writes RFC 4180: CRLF, commas and doubled quotes, numbers unformatted", () => {
    const text = toCsv(
      ["name", "employment_jobs", "location_quotient"],
      [
        ["Local Real Estate, Construction, and Development", 110764, 1.2294856],
        ['The "Border"', 1234567.5, null],
      ],
      { bom: false },
    );
    expect(text).toBe(
      'name,employment_jobs,location_quotient\r\n"Local Real Estate, Construction, and Development",110764,1.2294856\r\n"The ""Border""",1234567.5,\r\n',
    );
  });
  it("starts with a byte-order mark unless asked not to", () => {
    expect(toCsv(["a"], [["Tijuana"]]).startsWith(BOM)).toBe(true);
    expect(toCsv(["a"], [["Tijuana"]], { bom: false }).startsWith(BOM)).toBe(false);
  });
  it.each([
    ['=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ["+1+1", "'+1+1"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcmd", "'\tcmd"],
    ["\rcmd", "'\rcmd"],
    ["Mexicali", "Mexicali"],
  ])("neutralises %j", (value, expected) => {
    expect(neutraliseFormula(value)).toBe(expected);
  });
  it("keeps negative numbers as numbers and booleans as words", () => {
    expect(toCsv(["change", "lower_bound"], [[-32715, true]], { bom: false })).toBe(
      "change,lower_bound\r\n-32715,true\r\n",
    );
  });
  it("names files after what they hold", () => {
    expect(exportFilename(["clusters-by-lq", 2016, "us-side", null, "top-20", "en"])).toBe(
      "calibaja-clusters-by-lq-2016-us-side-top-20-en.csv",
    );
  });
});

describe("yes/no cells", () => {
  it("are written in the file's language", () => {
    expect(toCsv(["lower_bound"], [[true], [false]], { bom: false })).toBe("lower_bound\r\ntrue\r\nfalse\r\n");
    expect(toCsv(["cota_inferior"], [[true], [false], [null]], { bom: false, lang: "es" })).toBe(
      "cota_inferior\r\nverdadero\r\nfalso\r\n\r\n",
    );
  });
});

describe("the CSV writer", () => {
  // csv-stringify, configured as the writer was before it was written by hand, plus quoting of a lone
  // line break: with CRLF records csv-stringify quoted only "\r\n", and a bare "\n" split the row.
  const reference = (rows: CsvValue[][], lang: "en" | "es") =>
    stringify(rows, {
      record_delimiter: "windows",
      quoted_match: /[\r\n]/,
      cast: {
        string: (value: string) => neutraliseFormula(value),
        boolean: (value: boolean) => (lang === "en" ? ["true", "false"] : ["verdadero", "falso"])[value ? 0 : 1]!,
        number: (value: number) => (Number.isFinite(value) ? String(value) : ""),
      },
    });
  const cell = fc.oneof(
    fc.string({ unit: fc.constantFrom("a", "é", ",", '"', "\r", "\n", "\t", "=", "+", "-", "@", " ", "'", "1") }),
    fc.string(),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
  );

  it("writes exactly what csv-stringify writes, for any cells", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 }),
        fc.constantFrom("en" as const, "es" as const),
        (rows, lang) => {
          const written = csvRecords(rows, lang);
          expect(written).toBe(reference(rows, lang));
          // And a CSV reader gets every row back whole, cell for cell.
          expect(parse(written, { relax_column_count: true })).toHaveLength(rows.length);
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it("quotes a cell with a line break, so the row stays one row", () => {
    expect(csvRecords([["a\nb", 1]])).toBe('"a\nb",1\r\n');
    expect(parse(csvRecords([["first line\nsecond", "x"]]))).toEqual([["first line\nsecond", "x"]]);
  });
});
