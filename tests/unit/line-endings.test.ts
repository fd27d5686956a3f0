import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { regions } from "../../lib/dataset/regions";
import { importedEntries } from "../../lib/dataset/manifest";
import { parseCmp } from "../../lib/import/formats/cmp";
import { parsers } from "../../lib/import/import-file";
import { parseTidy } from "../../lib/import/formats/tidy";
import { ImportError, ProblemList } from "../../lib/import/problems";
import { loadImportReference, type ImportReference } from "../../lib/import/reference";
import { readTable } from "../../lib/import/table";

// Line endings a file can arrive with: a spreadsheet saved on Windows, an old Mac export, a file
// edited on two systems (a CR LF header above LF rows, or the two alternating).
const endings: Record<string, (lines: string[]) => string> = {
  LF: (lines) => lines.join("\n") + "\n",
  "CR LF": (lines) => lines.join("\r\n") + "\r\n",
  CR: (lines) => lines.join("\r") + "\r",
  "CR LF header, LF rows": ([header, ...rows]) => `${header}\r\n${rows.join("\n")}\n`,
  alternating: (lines) => lines.map((line, index) => line + (index % 2 ? "\n" : "\r\n")).join(""),
};

let folder: string;
let reference: ImportReference;
beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "calibaja-endings-"));
  // The dashboard's own regions, and the U.S. metros a database gets from the CMP all-metros file
  // (the peer sets name them): the importer reads only the region list from the database.
  const metros = [...fs.readFileSync("prisma/data/peers/peer_sets.csv", "utf8").matchAll(/cbsa-\d{5}/g)].map(
    ([code]) => ({
      code,
      nameEn: code,
      country: "US",
      kind: "metro",
    }),
  );
  reference = await loadImportReference({ region: { findMany: async () => [...regions, ...metros] } } as never);
});
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));
const write = (name: string, text: string) => {
  const file = path.join(folder, name);
  fs.writeFileSync(file, text);
  return file;
};
const readAll = async (file: string) => {
  const problems = new ProblemList(path.basename(file));
  const rows = [];
  for await (const row of readTable(file, {
    encoding: "utf-8",
    encodingHint: "",
    delimiter: ",",
    required: ["a", "b", "c"],
    problems,
  }))
    rows.push({ line: row.line, a: row.get("a"), c: row.get("c") });
  return { rows, problems };
};

describe("every line ending reads every row", () => {
  const lines = ["a,b,c", ...Array.from({ length: 6 }, (_, index) => `${index + 1},x,${(index + 1) * 10}`)];

  it.each(Object.keys(endings))("%s: six rows on lines 2 to 7", async (ending) => {
    const { rows, problems } = await readAll(write(`table-${ending}.csv`, endings[ending]!(lines)));
    expect(rows).toEqual(
      Array.from({ length: 6 }, (_, index) => ({ line: index + 2, a: String(index + 1), c: String((index + 1) * 10) })),
    );
    expect(problems.count).toBe(0);
  });

  // The file the probe found losing rows: the U.S. Cluster Mapping Project's 134 San Diego and Imperial rows.
  const cmpLines = fs
    .readFileSync("prisma/data/us/cmp_2016_clusters_san_diego_imperial.csv", "utf8")
    .replace(/\r\n?/g, "\n")
    .trimEnd()
    .split("\n");
  it.each(Object.keys(endings))("CMP, %s: all 134 rows", async (ending) => {
    const parsed = await parseCmp(
      write(`cmp-${ending.replaceAll(" ", "_")}.csv`, endings[ending]!(cmpLines)),
      reference,
      {},
    );
    expect(cmpLines).toHaveLength(135);
    expect(parsed.rowsRead).toBe(134);
  });

  // Every shipped file of every line-based format (the small ones; one per format at least), read with each ending.
  const shipped = importedEntries.filter(
    (entry) => !entry.file.endsWith(".gz") && fs.statSync(path.join("prisma/data", entry.file)).size < 2_000_000,
  );
  it("covers every line-based format the dataset ships", () => {
    expect(new Set(shipped.map((entry) => entry.format))).toEqual(
      new Set(importedEntries.map((entry) => entry.format)),
    );
  });
  it.each(
    shipped.flatMap((entry) =>
      Object.keys(endings)
        .filter((ending) => ending !== "LF")
        .map((ending) => [entry.format, entry.file, ending] as const),
    ),
  )("%s %s, %s: as many rows as with LF", async (format, file, ending) => {
    const lines = fs
      .readFileSync(path.join("prisma/data", file), "utf8")
      .replace(/\r\n?/g, "\n")
      .replace(/\n$/, "")
      .split("\n");
    const name = `${path.basename(file, path.extname(file))}-${ending.replaceAll(" ", "_")}${path.extname(file)}`;
    const year = importedEntries.find((entry) => entry.file === file)!.year;
    const asLf = await parsers[format](write(`lf-${name}`, endings.LF!(lines)), reference, { year });
    const other = await parsers[format](write(name, endings[ending]!(lines)), reference, { year });
    expect(other.rowsRead).toBe(asLf.rowsRead);
    expect(other.rowsRead).toBeGreaterThan(0);
  });

  // The formats the dataset does not ship, through their fixtures; the file name carries the year or month.
  const fixtureFiles = [
    ["saic", "saic_tamaulipas_cut.csv"],
    ["cbp-county", "cbp20co_cut.txt"],
    ["imss", "synthetic_asg-2024-01-31.csv"],
  ] as const;
  it.each(
    fixtureFiles.flatMap(([format, file]) =>
      Object.keys(endings)
        .filter((ending) => ending !== "LF")
        .map((ending) => [format, file, ending] as const),
    ),
  )("%s %s, %s: as many rows as with LF", async (format, file, ending) => {
    const text = fs.readFileSync(path.join("tests/fixtures/import", file), "latin1");
    const lines = text.replace(/\r\n?/g, "\n").replace(/\n$/, "").split("\n");
    const inFolder = (name: string, content: string) => {
      fs.mkdirSync(path.join(folder, name), { recursive: true });
      const target = path.join(folder, name, file);
      fs.writeFileSync(target, content, "latin1");
      return target;
    };
    const asLf = await parsers[format](inFolder(`${format}-lf`, endings.LF!(lines)), reference, {});
    const other = await parsers[format](
      inFolder(`${format}-${ending.replaceAll(" ", "_")}`, endings[ending]!(lines)),
      reference,
      {},
    );
    expect(other.rowsRead).toBe(asLf.rowsRead);
    expect(other.rowsRead).toBeGreaterThan(0);
  });

  const tidyLines = fs
    .readFileSync("tests/fixtures/import/tidy_cbp_2021_example.csv", "utf8")
    .replace(/\r\n?/g, "\n")
    .trimEnd()
    .split("\n");
  it.each(Object.keys(endings))("tidy, %s: every data line", async (ending) => {
    const parsed = await parseTidy(
      write(`tidy-${ending.replaceAll(" ", "_")}.csv`, endings[ending]!(tidyLines)),
      reference,
      {},
    );
    expect(parsed.rowsRead).toBe(tidyLines.length - 1);
  });
});

describe("a row with the wrong number of cells", () => {
  it("is an error naming its line when it has cells no column names", async () => {
    const { problems } = await readAll(write("extra.csv", "a,b,c\n1,x,10\n2,x,20,surplus\n3,x,30\n"));
    expect(() => problems.throwIfAny()).toThrow(ImportError);
    expect(() => problems.throwIfAny()).toThrow(
      "extra.csv:3: 4 cells where the header has 3: the line has cells no column names (an unquoted comma or a shifted row?)",
    );
  });

  it("is an error naming its row in the Census API's JSON too", async () => {
    const rows = JSON.parse(fs.readFileSync("tests/fixtures/import/cbp_api_2020_cut.json", "utf8")) as string[][];
    rows[3] = [...rows[3]!, "surplus"];
    const file = write("cbp_api_extra.json", JSON.stringify(rows));
    await expect(parsers["cbp-api"](file, reference, { year: 2020 })).rejects.toThrow(
      "cbp_api_extra.json:4: 7 cells where the header has 6: the row has cells no column names",
    );
  });

  it("is an error naming its line when it is cut short, and empty trailing cells are no error", async () => {
    const short = await readAll(write("short.csv", "a,b,c\n1,x,10\n2,x\n"));
    expect(() => short.problems.throwIfAny()).toThrow(
      "short.csv:3: 2 cells where the header has 3: the line is cut short",
    );
    const trailing = await readAll(write("trailing.csv", "a,b,c,\n1,x,10,\n2,x,20,,\n"));
    expect(trailing.problems.count).toBe(0);
    expect(trailing.rows).toHaveLength(2);
  });
});
