import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { pdfPages } from "./support/pdf";

// Letter paper with 12 mm margins, in CSS pixels (96 per inch).
const printable = { width: Math.floor(8.5 * 96 - (24 / 25.4) * 96), height: Math.floor(11 * 96 - (24 / 25.4) * 96) };

for (const locale of ["", "/es"]) {
  test(`printing the overview keeps every chart, its table and source on one page (${locale || "/en"})`, async ({
    page,
  }) => {
    await page.goto(`${locale}/`);
    await page.setViewportSize(printable);
    await page.emulateMedia({ media: "print" });
    // The charts redraw for the paper's width; measure once they have.
    await expect
      .poll(() =>
        page
          .locator(".chart-frame svg.recharts-surface")
          .evaluateAll((svgs) => svgs.map((svg) => svg.getBoundingClientRect().height > 200)),
      )
      .toEqual([true, true]);
    const frames = await page.locator(".chart-frame").evaluateAll((elements) =>
      elements.map((element) => {
        const style = getComputedStyle(element);
        return {
          breakInside: style.breakInside,
          height: element.getBoundingClientRect().height,
          tableShown: getComputedStyle(element.querySelector(".chart-table")!).display !== "none",
          chartShown: getComputedStyle(element.querySelector(".chart-body")!).display !== "none",
          source: element.querySelector(".coverage-line")?.textContent ?? "",
          // The picture itself must be drawn on paper, not only its box.
          drawnHeight: element.querySelector("svg.recharts-surface")?.getBoundingClientRect().height ?? 0,
          bars: element.querySelectorAll("path.recharts-rectangle").length,
        };
      }),
    );
    expect(frames).toHaveLength(2);
    // Each chart's source line names its own year: LQs from the latest year that has them, employment from the latest year.
    expect(frames[0]!.source).toContain("2016");
    expect(frames[1]!.source).toContain("2023");
    for (const frame of frames) {
      expect(frame.breakInside).toBe("avoid");
      expect(frame.height).toBeLessThanOrEqual(printable.height);
      expect(frame.tableShown && frame.chartShown).toBe(true);
      expect(frame.drawnHeight).toBeGreaterThan(200);
      expect(frame.bars).toBe(20);
    }
    await expect(page.locator(".site-header nav")).toBeHidden();
    const pdf = await page.pdf({ format: "Letter", preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(3);
  });
}

test("charts download as slide-ready PNG (2×) and SVG with their title and source drawn in", async ({ page }) => {
  await page.goto("/?top=10");
  const frame = page.locator('[data-chart="lq-ranking"]');
  const box = await frame.locator(".chart-body svg.recharts-surface").boundingBox();
  const [svgDownload] = await Promise.all([
    page.waitForEvent("download"),
    frame.getByTestId("calibaja-us-side-2016-clusters-by-lq-svg").click(),
  ]);
  expect(svgDownload.suggestedFilename()).toBe("calibaja-us-side-2016-clusters-by-lq.svg");
  const svg = fs.readFileSync(await svgDownload.path(), "utf8");
  expect(svg).toContain("Clusters ranked by concentration (location quotient)");
  expect(svg).toContain("U.S. Cluster Mapping");
  expect(svg).toContain("2016");
  expect(svg).toContain("Water Transportation");
  const svgWidth = Number(/<svg[^>]* width="(\d+)"/.exec(svg)![1]);
  const svgHeight = Number(/<svg[^>]* height="(\d+)"/.exec(svg)![1]);
  expect(svgWidth).toBe(Math.round(box!.width));

  const [pngDownload] = await Promise.all([
    page.waitForEvent("download"),
    frame.getByTestId("calibaja-us-side-2016-clusters-by-lq-png").click(),
  ]);
  const png = fs.readFileSync(await pngDownload.path());
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([svgWidth * 2, svgHeight * 2]);

  await page.goto("/es?top=10");
  // As a reader does: the buttons work once the page's scripts have run, when the SVG chart is drawn.
  await expect(page.locator('[data-chart="lq-ranking"] .chart-body svg.recharts-surface')).toBeVisible();
  const [spanish] = await Promise.all([
    page.waitForEvent("download"),
    page.locator('[data-chart="lq-ranking"]').getByTestId("calibaja-us-side-2016-clusters-by-lq-svg").click(),
  ]);
  const spanishSvg = fs.readFileSync(await spanish.path(), "utf8");
  expect(spanishSvg).toContain("Clústeres ordenados por concentración");
  expect(spanishSvg).toContain("Fuente:");
});

const firstChartTitles: Record<string, string> = {
  "/clusters/50": "Concentration by region, 2016",
  "/regions/06073": "Cluster portfolio, 2016",
  "/es/clusters/1": "Concentración por región, 2016",
};
for (const path of Object.keys(firstChartTitles)) {
  test(`printing ${path} puts its first chart, with its table and source, on page 1 and no buttons on paper`, async ({
    page,
  }) => {
    await page.setViewportSize(printable);
    await page.goto(path);
    await page.emulateMedia({ media: "print" });
    const first = page.locator("main > section.chart-frame").first();
    await expect(first.locator("svg.recharts-surface")).toBeVisible();
    const layout = await first.evaluate((frame) => ({
      breakBefore: getComputedStyle(frame).breakBefore,
      bottom: frame.getBoundingClientRect().bottom + window.scrollY,
      chartBottom: frame.querySelector("svg.recharts-surface")!.getBoundingClientRect().bottom + window.scrollY,
      tableShown: getComputedStyle(frame.querySelector(".chart-table")!).display !== "none",
      source: frame.querySelector(".coverage-line")?.textContent ?? "",
      smallestText: Math.min(
        ...[...frame.querySelectorAll("svg.recharts-surface text")].map((text) => text.getBoundingClientRect().height),
      ),
    }));
    expect(layout.breakBefore).toBe("auto");
    // The heading and the first chart's picture fit within the first sheet's printable height; a cluster's
    // regions table is short enough to come with it (a region's 60-cluster table runs on).
    expect(layout.chartBottom).toBeLessThanOrEqual(printable.height);
    if (path.includes("/clusters/")) expect(layout.bottom).toBeLessThanOrEqual(printable.height);
    expect(layout.tableShown).toBe(true);
    expect(layout.source).toMatch(/2016/);
    expect(layout.smallestText).toBeGreaterThanOrEqual(8);
    const visibleButtons = await page
      .locator("main .button, main button")
      .evaluateAll((buttons) => buttons.filter((button) => button.getClientRects().length > 0).length);
    expect(visibleButtons).toBe(0);
    await expect(page.getByTestId("breadcrumbs")).toBeHidden();
    // On paper: the first sheet holds the page's heading and its first chart, not a title alone.
    const sheets = pdfPages(await page.pdf({ format: "Letter", preferCSSPageSize: true }));
    expect(sheets[0]).toContain(firstChartTitles[path]);
    expect(sheets.join("")).not.toMatch(/Download CSV|Descargar CSV|Add to presentation/);
  });
}
