import fs from "node:fs";
import { parse } from "csv-parse/sync";
import JSZip from "jszip";
import { expect, test, type Page } from "@playwright/test";

const parseCsv = (text: string) => parse(text, { columns: true, bom: true }) as Record<string, string>[];

/** Each slide's chart part, in slide order (a slide's relationships name its chart). */
async function chartsBySlide(bytes: Buffer) {
  const zip = await JSZip.loadAsync(bytes);
  const slidePaths = Object.keys(zip.files)
    .filter((path) => /^ppt\/slides\/slide\d+\.xml$/.test(path))
    .sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]));
  const slides = [];
  for (const path of slidePaths) {
    const rels = await zip.file(path.replace("slides/", "slides/_rels/") + ".rels")!.async("string");
    const chartTarget = rels.match(/Target="(?:\.\.|\/ppt)\/charts\/(chart\d+\.xml)"/)?.[1];
    const chart = chartTarget ? await zip.file(`ppt/charts/${chartTarget}`)!.async("string") : null;
    slides.push({ xml: await zip.file(path)!.async("string"), chart });
  }
  return slides;
}
const chartNumbers = (chart: string) =>
  [...chart.match(/<c:val>([\s\S]*?)<\/c:val>/)![1]!.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((match) => Number(match[1]));
const chartCategories = (chart: string) =>
  [...chart.match(/<c:cat>([\s\S]*?)<\/c:cat>/)![1]!.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((match) => match[1]);

async function csvOf(page: Page, chart: string, testId: string) {
  const href = await page.locator(`[data-chart="${chart}"]`).getByTestId(testId).getAttribute("href");
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  return parseCsv(await response.text());
}

test("from the overview to a PowerPoint deck: add, reorder, retitle, remove, download — the chart numbers are the CSV's", async ({
  page,
}) => {
  await page.goto("/?region=06073&top=10");
  const lqCsv = await csvOf(page, "lq-ranking", "lq-ranking-csv");
  const jobsCsv = await csvOf(page, "employment-ranking", "employment-ranking-csv");
  await page.locator('[data-chart="lq-ranking"]').getByTestId("add-to-deck").click();
  await page.locator('[data-chart="employment-ranking"]').getByTestId("add-to-deck").click();
  await page.goto("/regions/06073");
  await page.getByTestId("add-to-deck").first().click();
  await expect(page.getByTestId("add-to-deck").first()).toHaveText("Added to presentation (3)");

  // The menu opens the deck collected in this browser.
  await page.getByTestId("present-link").click();
  await expect(page.getByTestId("slide-counter")).toHaveText("Slide 1 of 4");
  await expect(page.getByTestId("deck")).toHaveAttribute("data-interactive", "true");

  await page.getByTestId("edit-deck").click();
  const rows = page.getByTestId("deck-editor-slide");
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText("Clusters ranked by concentration");
  // Employment first, then the concentration ranking.
  await rows.nth(1).getByRole("button", { name: /up$/ }).click();
  await expect(page).toHaveURL(/v=employment[^&]*&v=lq/);
  await expect(rows.nth(0)).toContainText("Clusters ranked by employment");
  // Remove the portfolio slide.
  await rows
    .nth(2)
    .getByRole("button", { name: /^Remove/ })
    .click();
  await expect(rows).toHaveCount(2);
  await expect(page.getByTestId("slide-counter")).toHaveText(/of 3$/);
  await rows.nth(0).getByRole("textbox").fill("Jobs: San Diego's largest clusters");
  await rows.nth(0).getByRole("textbox").press("Enter");
  await expect(page).toHaveURL(/title%3DJobs/);

  // A reload keeps the order, the title and the removal.
  await page.reload();
  await expect(page.getByTestId("slide-counter")).toHaveText("Slide 2 of 3");
  await expect(page.getByTestId("slide-title")).toHaveText("Jobs: San Diego's largest clusters");
  // Every slide says what its colours and dashed lines mean.
  await expect(page.getByTestId("slide").locator(".legend")).toHaveText(
    /Traded cluster.*Local cluster.*Employment threshold/,
  );
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem("calibaja-deck") ?? "[]").length)).toBe(2);

  await page.mouse.move(300, 300);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-pptx").click()]);
  expect(download.suggestedFilename()).toMatch(/^calibaja-presentation-\d{4}-\d{2}-\d{2}\.pptx$/);
  const slides = await chartsBySlide(fs.readFileSync(await download.path()));
  expect(slides).toHaveLength(3);
  const [, jobsSlide, lqSlide] = slides;
  expect(jobsSlide!.xml).toContain("Jobs: San Diego&apos;s largest clusters");
  expect(jobsSlide!.xml).toContain("County Business Patterns");

  // The slide draws the chart's top rows; the CSV holds the same rows in the same order.
  const jobs = chartNumbers(jobsSlide!.chart!);
  expect(jobs.length).toBeGreaterThan(5);
  expect(jobs).toEqual(jobsCsv.slice(0, jobs.length).map((row) => Number(row.employment_jobs)));
  expect(chartCategories(jobsSlide!.chart!)).toEqual(jobsCsv.slice(0, jobs.length).map((row) => row.cluster_name));
  const lq = chartNumbers(lqSlide!.chart!);
  expect(lq).toHaveLength(lqCsv.length);
  lq.forEach((value, index) => expect(value).toBeCloseTo(Number(lqCsv[index]!.location_quotient), 2));
  expect(chartCategories(lqSlide!.chart!)).toEqual(lqCsv.map((row) => row.cluster_name));
});

test("the deck as a PDF: one landscape page per slide, the print dialog opened once the charts are drawn", async ({
  page,
}) => {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });
  await page.goto("/present?v=lq~region=06073~top=10&v=employment~region=06073&v=portfolio~code=us-side");
  await page.mouse.move(300, 300);
  await page.getByTestId("download-pdf").click();
  await expect(page).toHaveURL(/print=1/);
  await expect(page.getByTestId("deck")).toHaveAttribute("data-print-ready", "true");
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await expect(page.getByTestId("slide")).toHaveCount(4);
  // Every chart slide has drawn its bars before the dialog opened.
  for (const index of [2, 3]) {
    const bars = page.locator(`[data-slide-index="${index}"] .recharts-bar-rectangle`);
    expect(await bars.count()).toBeGreaterThan(5);
  }
  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const text = pdf.toString("latin1");
  const pages = text.match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages).toHaveLength(4);
  const box = text.match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/)!;
  expect(Number(box[1])).toBeGreaterThan(Number(box[2]));
});

test("the Spanish deck downloads as a Spanish PowerPoint", async ({ page }) => {
  const response = await page.request.get("/api/export/deck?v=lq~region=06073~top=10&lang=es");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe(
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  );
  const slides = await chartsBySlide(await response.body());
  expect(slides).toHaveLength(2);
  expect(slides[1]!.xml).toContain("veces más concentrado");
  expect(chartNumbers(slides[1]!.chart!)).toHaveLength(10);
  expect((await page.request.get("/api/export/deck?lang=fr")).status()).toBe(400);
});
