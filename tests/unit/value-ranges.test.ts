import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { regions } from "../../lib/dataset/regions";
import { parsers } from "../../lib/import/import-file";
import { loadImportReference, type ImportReference } from "../../lib/import/reference";
import { outOfRange } from "../../lib/import/table";

// The values a probe got stored: each must stop the import with the file, line and column named.
let folder: string;
let reference: ImportReference;
beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "calibaja-ranges-"));
  reference = await loadImportReference({ region: { findMany: async () => regions } } as never);
});
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

const thisYear = new Date().getFullYear();
const tidyLines = fs.readFileSync("tests/fixtures/import/tidy_cbp_2021_example.csv", "utf8").trimEnd().split("\n");
const tidyHeader = tidyLines[0]!.split(",");
/** The tidy example with one cell of its first data row (file line 2) replaced. */
const cellsOf = (line: string) => line.match(/("[^"]*"|[^,]*)(,|$)/g)!.map((cell) => cell.replace(/,$/, ""));
function tidyWith(column: string, value: string) {
  const cells = cellsOf(tidyLines[1]!);
  cells[tidyHeader.indexOf(column)] = value;
  const file = path.join(folder, `tidy-${column}-${value.replace(/\W/g, "_")}.csv`);
  fs.writeFileSync(file, [tidyLines[0], cells.join(","), ...tidyLines.slice(2)].join("\n") + "\n");
  return file;
}

const cmpLines = fs
  .readFileSync("prisma/data/us/cmp_2016_clusters_san_diego_imperial.csv", "utf8")
  .replace(/\r\n?/g, "\n")
  .trimEnd()
  .split("\n");
const cmpHeader = cmpLines[0]!.split(",");
function cmpWith(column: string, value: string) {
  const cells = cellsOf(cmpLines[1]!);
  cells[cmpHeader.indexOf(column)] = value;
  const file = path.join(folder, `cmp-${column}-${value.replace(/\W/g, "_")}.csv`);
  fs.writeFileSync(file, [cmpLines[0], cells.join(","), ...cmpLines.slice(2)].join("\n") + "\n");
  return file;
}

describe("a value outside its field's range stops the import, naming file, line and column", () => {
  it.each([
    ["year", "0", `is not a year the sources cover (1990 to ${thisYear})`],
    ["year", "-2016", `is not a year the sources cover (1990 to ${thisYear})`],
    ["year", "99999", `is not a year the sources cover (1990 to ${thisYear})`],
    ["year", String(thisYear + 1), `is not a year the sources cover (1990 to ${thisYear})`],
    ["employment", "-5", "is out of range for a count (0 to 2.147483647e+9)"],
    ["employment", "3000000000", "is out of range for a count (0 to 2.147483647e+9)"],
    ["employment", "12.5", "is not a whole number"],
    ["establishments", "-3", "is out of range for a count (0 to 2.147483647e+9)"],
    ["establishments", "many", "is not a number"],
  ])("tidy %s %s", async (column, value, message) => {
    const file = tidyWith(column, value);
    await expect(parsers.tidy(file, reference, {})).rejects.toThrow(
      `${path.basename(file)}:2: column "${column}": ${JSON.stringify(value)} ${message}`,
    );
  });

  it.each([
    ["lq_tf", "1e309", "is not a finite number"],
    ["ap_tl", "1e308", "is out of range for an amount (0 to 1e+15)"],
    ["emp_tl", "-1", "is out of range for a count (0 to 2.147483647e+9)"],
    ["year_t", "-2016", `is not a year the sources cover (1990 to ${thisYear})`],
    ["private_wage_tf", "-61887.664", "is out of range for an amount (0 to 1e+15)"],
  ])("CMP %s %s", async (column, value, message) => {
    const file = cmpWith(column, value);
    await expect(parsers.cmp(file, reference, {})).rejects.toThrow(
      `${path.basename(file)}:2: column "${column}": ${JSON.stringify(value)} ${message}`,
    );
  });

  it("reads the unchanged files (the ranges refuse nothing real)", async () => {
    expect((await parsers.tidy(tidyWith("year", "2021"), reference, {})).rowsRead).toBe(tidyLines.length - 1);
    expect((await parsers.cmp(cmpWith("year_t", "2016"), reference, {})).rowsRead).toBe(134);
  });

  it("checks numbers read from elsewhere (a file name, --year) the same way", () => {
    expect(outOfRange(1989, "year")).toMatch(/^is not a year the sources cover/);
    expect(outOfRange(2016, "year")).toBeNull();
    expect(outOfRange(13, "month")).toBe("is out of range for a month (1 to 12)");
    expect(outOfRange(-91, "latitude")).toBe("is out of range for a latitude (-90 to 90)");
    expect(outOfRange(-1e16, "signed")).toBe("is out of range for a figure (-1e+15 to 1e+15)");
    expect(outOfRange(Number.NaN, "signed")).toBe("is not a finite number");
  });

  it("refuses a CBP file whose name carries an impossible year", async () => {
    const future = path.join(folder, `cbp${String(thisYear + 1).slice(2)}co.txt`);
    fs.copyFileSync("tests/fixtures/import/cbp20co_cut.txt", future);
    await expect(parsers["cbp-county"](future, reference, {})).rejects.toThrow(
      `the year in the file name, ${thisYear + 1}, is not a year the sources cover (1990 to ${thisYear})`,
    );
  });
});
