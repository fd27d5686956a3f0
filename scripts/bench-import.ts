// npm run bench:import — how fast the importer reads a national-size County Business Patterns county
// file and Census API answer, and whether memory stays flat as the file grows. It writes files of
// 200,000 and 2,000,000 rows in the Census county-file layout and as the API's JSON to a temporary folder (the real San Diego and Imperial 2021 rows,
// then the same figures under other county codes, which the importer skips as it would a real
// national file's), and imports each with --dry-run into a throwaway embedded database.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { createDatabase } from "../lib/db";
import { dataDir } from "../lib/dataset/files";
import { loadDefaultDataset } from "../lib/dataset/load-default-dataset";
import { importFile } from "../lib/import/import-file";
import { applyMigrations } from "../lib/migrations";

const folder = fs.mkdtempSync(path.join(os.tmpdir(), "calibaja-bench-import-"));
const real = parse(fs.readFileSync(path.join(dataDir, "us/cbp_2021_san_diego_imperial_naics2017.csv")), {
  columns: true,
}) as Record<string, string>[];
const countyFileNaics = (code: string) => (code === "31-33" ? "31----" : code.length < 6 ? code.padEnd(6, "-") : code);

/**
 * Writes `rows` lines: the real San Diego and Imperial rows first, then the same figures moved to
 * other (skipped) counties, as a national file's other counties would be.
 */
function writeGenerated(
  file: string,
  rows: number,
  head: string,
  tail: string,
  line: (row: Record<string, string>, fips: string) => string,
): string {
  const out = fs.openSync(file, "w");
  fs.writeSync(out, head);
  let written = 0;
  let buffer = "";
  for (let county = 0; written < rows; county += 1) {
    for (const row of real) {
      if (written >= rows) break;
      const fips =
        county === 0
          ? row.county_fips!
          : `${String(1 + (county % 50)).padStart(2, "0")}${String(100 + county)
              .padStart(3, "0")
              .slice(-3)}`;
      buffer += line(row, fips);
      written += 1;
      if (buffer.length > 1 << 20) {
        fs.writeSync(out, buffer);
        buffer = "";
      }
    }
  }
  fs.writeSync(out, buffer + tail);
  fs.closeSync(out);
  return file;
}

const writeCountyFile = (rows: number) =>
  writeGenerated(
    path.join(folder, `cbp21co_${rows}.txt`),
    rows,
    "fipstate,fipscty,naics,emp_nf,emp,qp1_nf,qp1,ap_nf,ap,est\n",
    "",
    (row, fips) =>
      `${fips.slice(0, 2)},${fips.slice(2)},${countyFileNaics(row.naics2017_code!)},G,${row.EMP},G,,G,${row.PAYANN_thousand_usd},${row.ESTAB}\n`,
  );

/** The same rows as the Census API answers them: JSON, one row per line (`[["EMP",…],` … `]]`). */
const writeApiFile = (rows: number) =>
  writeGenerated(
    path.join(folder, `cbp_api_2021_${rows}.json`),
    rows,
    '[["EMP","ESTAB","PAYANN","NAICS2017","state","county"]',
    "]\n",
    (row, fips) =>
      `,\n${JSON.stringify([row.EMP, row.ESTAB, row.PAYANN_thousand_usd, row.naics2017_code, fips.slice(0, 2), fips.slice(2)])}`,
  );

const database = createDatabase({ databaseUrl: undefined, pgliteDir: path.join(folder, "pglite") });
await applyMigrations(database.connection.adapterFactory);
await loadDefaultDataset(database.prisma);
try {
  for (const [layout, write, year] of [
    ["county file", writeCountyFile, undefined],
    ["Census API JSON", writeApiFile, 2021],
  ] as const)
    for (const rows of [200_000, 2_000_000]) {
      const file = write(rows);
      global.gc?.();
      const baseline = process.memoryUsage();
      let peakRss = baseline.rss;
      let peakHeap = baseline.heapUsed;
      const sampler = setInterval(() => {
        const now = process.memoryUsage();
        peakRss = Math.max(peakRss, now.rss);
        peakHeap = Math.max(peakHeap, now.heapUsed);
      }, 50);
      const started = performance.now();
      const summary = await importFile(database.prisma, file, { dryRun: true, year });
      const seconds = (performance.now() - started) / 1000;
      clearInterval(sampler);
      global.gc?.();
      const retained = process.memoryUsage().heapUsed - baseline.heapUsed;
      console.log(
        `${layout}, ${rows.toLocaleString("en-US")} rows (${(fs.statSync(file).size / 1e6).toFixed(0)} MB): ${seconds.toFixed(1)} s, ${Math.round(summary.rowsRead / seconds).toLocaleString("en-US")} rows/s; ` +
          `kept ${summary.industries.inserted} industry and ${summary.clusters.inserted} cluster figures, skipped ${summary.skipped.reduce((sum, entry) => sum + entry.rows, 0).toLocaleString("en-US")}; ` +
          `peak JS heap +${((peakHeap - baseline.heapUsed) / 1e6).toFixed(0)} MB (garbage between collections), retained after +${(retained / 1e6).toFixed(1)} MB, peak RSS ${(peakRss / 1e6).toFixed(0)} MB`,
      );
      fs.rmSync(file);
    }
} finally {
  await database.prisma.$disconnect();
  await database.connection.close();
  fs.rmSync(folder, { recursive: true, force: true });
}
