import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { expect, test } from "@playwright/test";
import { enUS } from "./support/expected";

// An analyst's journey: import files with the command, start the dashboard, see the new figures.
// It runs on a database of its own (PGlite) and a second server, so the other tests' data is untouched.
const dataDir = path.resolve(".data/e2e-import");
const port = Number(process.env.E2E_IMPORT_PORT ?? 3101);
const baseURL = `http://127.0.0.1:${port}`;
const saicFile = path.resolve("prisma/data/mx/inegi_saic_tamaulipas_municipios_2003_2023.csv");
const imssFile = path.resolve("tests/fixtures/import/synthetic_asg-2024-01-31.csv");
const env = { ...process.env, DATABASE_URL: "", PGLITE_DIR: dataDir, NEXT_TELEMETRY_DISABLED: "1" };

let server: ChildProcess | undefined;
const outputs: string[] = [];

/** The figures as INEGI printed them, read from the file here, independently of the importer. */
function saicCell(municipio: string, sector: string, year: number): string {
  const text = fs.readFileSync(saicFile, "utf8").replaceAll("\u0000", "");
  const rows = parse(text, {
    bom: true,
    from_line: 5,
    columns: true,
    relax_column_count: true,
    skip_empty_lines: true,
  }) as Record<string, string>[];
  const row = rows.find(
    (candidate) =>
      candidate["Año Censal"] === String(year) &&
      candidate.Municipio === municipio &&
      candidate["Actividad económica"]!.startsWith(`Sector ${sector} `),
  );
  if (!row) throw new Error(`no row for ${municipio} ${sector} ${year}`);
  return row["H001A Personal ocupado total"]!;
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  fs.rmSync(dataDir, { recursive: true, force: true });
  for (const file of [saicFile, imssFile]) {
    const run = spawnSync("npm", ["run", "--silent", "import", "--", file], {
      env,
      encoding: "utf8",
      timeout: 240_000,
    });
    outputs.push(`${run.stdout}${run.stderr}`);
    if (run.status !== 0) throw new Error(`import of ${file} failed:\n${run.stdout}\n${run.stderr}`);
  }
  // Its own process group, so that stopping it also stops the server process Next.js starts.
  server = spawn("node_modules/.bin/next", ["start", "-p", String(port)], { env, stdio: "ignore", detached: true });
  for (let attempt = 0; attempt < 120; attempt += 1) {
    const ready = await fetch(`${baseURL}/api/health`)
      .then((response) => response.ok)
      .catch(() => false);
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the import test's server did not start");
});

test.afterAll(() => {
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
});

test("the import command reports what it wrote", () => {
  expect(outputs[0]).toContain("Imported: inegi_saic_tamaulipas_municipios_2003_2023.csv (saic)");
  expect(outputs[0]).toContain("Industry figures: 2979 inserted, 0 updated, 0 unchanged, 0 removed");
  expect(outputs[0]).toContain("New regions: 44");
  expect(outputs[1]).toContain("Imported: synthetic_asg-2024-01-31.csv (imss)");
});

test("an imported municipio shows its census employment by sector, confidential cells marked", async ({ page }) => {
  await page.goto(`${baseURL}/regions/28021`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("El Mante");
  const table = page.getByTestId("census-sectors");
  const row = table.locator("tbody tr").filter({ has: page.locator("code", { hasText: /^31-33$/ }) });
  const years = await table.locator("thead th.num").allTextContents();
  const cells = await row.locator("td.num").allTextContents();
  expect(cells[years.indexOf("2023")]).toBe(enUS.format(Number(saicCell("021 El Mante", "31-33", 2023))));
  expect(cells[years.indexOf("2003")]).toBe(enUS.format(Number(saicCell("021 El Mante", "31-33", 2003))));
  await expect(page.getByTestId("no-data")).toHaveCount(0);

  await page.goto(`${baseURL}/regions/28043`);
  expect(saicCell("043 Xicoténcatl", "62", 2003)).toBe("");
  const health = page
    .getByTestId("census-sectors")
    .locator("tbody tr")
    .filter({ has: page.locator("code", { hasText: /^62$/ }) });
  const yearsHere = await page.getByTestId("census-sectors").locator("thead th.num").allTextContents();
  expect((await health.locator("td.num").allTextContents())[yearsHere.indexOf("2003")]).toBe("C");
});

test("the state's page lists its imported municipios, in Spanish too", async ({ page }) => {
  await page.goto(`${baseURL}/es/regions/28`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tamaulipas");
  await expect(page.getByRole("link", { name: "El Mante" })).toBeVisible();
  await expect(page.getByTestId("census-sectors-28")).toContainText("Personal ocupado por sector censal: Tamaulipas");
});

test("Tijuana shows IMSS insured jobs with A08 and Z31 added, and the CSV matches", async ({ page }) => {
  await page.goto(`${baseURL}/regions/02004`);
  const monthly = page.getByTestId("insured-monthly-insured_jobs");
  await expect(monthly.locator("thead")).toContainText("Jan 2024");
  const manufacturing = monthly.locator("tbody tr").filter({ hasText: "Manufacturing" });
  await expect(manufacturing.locator("td").first()).toHaveText(enUS.format(1150 + 790));
  await expect(monthly.locator("tbody tr.total-row td").first()).toHaveText(enUS.format(1150 + 790 + 300));
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("insured-csv-insured_jobs").click(),
  ]);
  expect(download.suggestedFilename()).toBe("calibaja-imss-insured-jobs-02004-monthly-en.csv");
  const rows = parse(fs.readFileSync(await download.path(), "utf8"), { columns: true, bom: true }) as Record<
    string,
    string
  >[];
  expect(rows.map((row) => [row.month, row.imss_division_code, row.value])).toEqual([
    ["1", "2-3", "1940"],
    ["1", "6", "300"],
  ]);
  expect(rows[0]!.source).toContain("IMSS");
});
