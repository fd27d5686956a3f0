import { parse } from "csv-parse/sync";
import { expect, test, type Page } from "@playwright/test";

type Box = { x: number; y: number; width: number; height: number; text: string; fontSize: number };

/** Every drawn text of a chart and every bar, as the browser laid them out. */
async function chartLayout(page: Page, chart: string) {
  const svg = page.locator(`[data-chart="${chart}"] svg.recharts-surface`);
  await expect(svg).toBeVisible();
  return svg.evaluate((root) => {
    const box = (element: Element) => {
      const rect = element.getBoundingClientRect();
      const fontSize = parseFloat(getComputedStyle(element).fontSize);
      return {
        x: rect.x,
        y: rect.y,
        width: rect.width,
        height: rect.height,
        text: element.textContent ?? "",
        fontSize,
      };
    };
    return {
      frame: box(root),
      texts: [...root.querySelectorAll("text")].filter((text) => text.getBoundingClientRect().width > 0).map(box),
      bars: [...root.querySelectorAll(".recharts-bar-rectangle path")].map(box),
    };
  });
}

/** The first ten values of an overview ranking, from the chart's own CSV (in English, for its column names). */
async function chartCsvValues(page: Page, chart: string) {
  const href = await page.locator(`[data-chart="${chart}"] a[href*="/api/export/"]`).first().getAttribute("href");
  const csv = parse(await (await page.request.get(href!.replace("lang=es", "lang=en"))).text(), {
    columns: true,
    bom: true,
  }) as Record<string, string>[];
  return csv.slice(0, 10).map((row) => Number(chart === "lq-ranking" ? row.location_quotient : row.employment_jobs));
}

/** The texts that run past the chart's left or right edge (a cut label reads as another name). */
const outside = <T extends Pick<Box, "x" | "width">>(frame: Pick<Box, "x" | "width">, texts: T[]) =>
  texts.filter((text) => text.x < frame.x - 1 || text.x + text.width > frame.x + frame.width + 1);

const overlap = (a: Box, b: Box) =>
  Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 1 &&
  Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 1;

for (const [width, height] of [
  [390, 844],
  [1280, 720],
  [1920, 1080],
] as const) {
  for (const locale of ["en", "es"] as const) {
    test(`ranked bars at ${width}×${height} (${locale}): every bar drawn to scale, no text over another`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await page.goto(`${locale === "es" ? "/es" : ""}/?top=10`);
      for (const chart of ["lq-ranking", "employment-ranking"]) {
        const { frame, texts, bars } = await chartLayout(page, chart);
        expect(bars).toHaveLength(10);
        const values = await chartCsvValues(page, chart);
        // A bar's length is its value on a zero-based axis: ratios of lengths are ratios of values.
        bars.forEach((bar, index) => {
          expect(bar.width).toBeGreaterThan(2);
          expect(bar.width / bars[0]!.width).toBeCloseTo(values[index]! / values[0]!, 1);
        });
        const clashes = texts.flatMap((a, i) =>
          texts.slice(i + 1).flatMap((b) => (overlap(a, b) ? [`"${a.text}" × "${b.text}"`] : [])),
        );
        expect(clashes).toEqual([]);
        // Nothing runs off the chart's edges (a cut label reads as a different name).
        expect(outside(frame, texts).map((text) => text.text)).toEqual([]);
        expect(texts.filter((text) => text.fontSize < 12).map((text) => `${text.text}: ${text.fontSize}px`)).toEqual(
          [],
        );
      }
    });
  }
}

test("the location-quotient axis ticks at round numbers", async ({ page }) => {
  await page.goto("/?top=10");
  const ticks = page.locator('[data-chart="lq-ranking"] text.recharts-cartesian-axis-tick-value[orientation="bottom"]');
  await expect(ticks.first()).toBeVisible();
  expect(await ticks.allTextContents()).toEqual(["0", "1", "2", "3", "4"]);
});

for (const [width, height] of [
  [390, 844],
  [1280, 720],
] as const) {
  test(`a cluster's regions at ${width}×${height} (es): long names end in "…" inside the chart, a zero is a drawn zero`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto("/es/clusters/50");
    const { frame, texts, bars } = await chartLayout(page, "cluster-lq-by-region");
    expect(outside(frame, texts)).toEqual([]);
    expect(texts.map((text) => text.text)).toContainEqual(expect.stringMatching(/^Lado estadounidense .*…$/));
    // Imperial County has no water-transportation jobs: its bar is a hairline labelled 0.00, not a gap.
    expect(bars).toHaveLength(4);
    expect(texts.map((text) => text.text)).toContain("0.00");
  });
}

test("the portfolio bubbles on a phone: the plot keeps its width, nothing runs off the chart", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/regions/us-side");
  const { frame, texts } = await chartLayout(page, "portfolio");
  const plot = await page
    .locator('[data-chart="portfolio"] .recharts-cartesian-grid')
    .evaluate((grid) => grid.getBoundingClientRect().width);
  // Slim margins on a phone: the plotted area is most of the chart's width.
  expect(plot / frame.width).toBeGreaterThan(0.7);
  expect(outside(frame, texts)).toEqual([]);
  await expect(page.locator('[data-chart="portfolio"]').getByTestId("x-axis-caption")).toHaveText(/^Location quotient/);
});

// The server's HTML draws the ranked bars before the page's scripts have loaded (Recharts draws only in
// the browser): with the script bundles blocked, so that nothing hydrates, the charts are there, to scale,
// laid out for the screen's width. (The inline scripts that reveal streamed sections still run.)
for (const [width, height, locale] of [
  [390, 844, "es"],
  [1440, 900, "en"],
] as const) {
  test(`ranked bars at first paint, before any script (${width} px, ${locale})`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, viewport: { width, height } });
    const page = await context.newPage();
    await page.route("**/_next/static/**/*.js", (route) => route.abort());
    await page.goto(`${locale === "es" ? "/es" : ""}/?top=10`);
    for (const chart of ["lq-ranking", "employment-ranking"]) {
      const frame = page.locator(`[data-chart="${chart}"]`);
      await expect(frame.locator("svg.recharts-surface")).toHaveCount(0);
      // A streamed section is in the HTML before the inline script that reveals it has run.
      await expect(frame.locator("[data-first-paint] .first-paint-bar").first()).toBeVisible();
      const layout = await frame.locator("[data-first-paint]").evaluate((root) => {
        const box = (element: Element) => {
          const rect = element.getBoundingClientRect();
          return { x: rect.x, y: rect.y, width: rect.width, height: rect.height, text: element.textContent ?? "" };
        };
        return {
          frame: box(root),
          rows: [...root.querySelectorAll("li")].map((row) => ({
            label: box(row.querySelector(".first-paint-label")!),
            bar: box(row.querySelector(".first-paint-bar")!),
            value: box(row.querySelector(".first-paint-value")!),
          })),
          texts: [...root.querySelectorAll(".first-paint-label, .first-paint-value, .first-paint-ticks > span")].map(
            box,
          ),
        };
      });
      const values = await chartCsvValues(page, chart);
      expect(layout.rows).toHaveLength(10);
      layout.rows.forEach((row, index) => {
        expect(row.bar.width / layout.rows[0]!.bar.width).toBeCloseTo(values[index]! / values[0]!, 1);
        // The value label starts where its bar ends.
        expect(Math.abs(row.value.x - (row.bar.x + row.bar.width))).toBeLessThan(2);
        // On a phone the label sits on its own line above the bar; on a laptop in a column to its left.
        if (width < 560) expect(row.label.y + row.label.height).toBeLessThanOrEqual(row.bar.y + 1);
        else expect(row.label.x + row.label.width).toBeLessThanOrEqual(row.bar.x + 1);
      });
      expect(outside(layout.frame, layout.texts).map((text) => text.text)).toEqual([]);
    }
    // Nothing is wider than the screen before the scripts have measured it.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await context.close();
  });
}

test("the comparison heatmap on a phone: each cluster's name on its own line above its cells, nothing under 12 px", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/es/compare");
  const heatmap = page.locator('[data-chart="compare-heatmap"]');
  await expect(heatmap.locator('svg[data-layout="wide"]')).toBeHidden();
  const svg = heatmap.locator('svg[data-layout="stacked"]');
  await expect(svg).toBeVisible();
  const layout = await svg.evaluate((root) =>
    [...root.querySelectorAll(":scope > g")].flatMap((row) => {
      const [label, ...rest] = [...row.children];
      const cell = rest[0]?.querySelector("rect");
      if (!label || label.tagName !== "text" || !cell) return [];
      const box = (element: Element) => element.getBoundingClientRect();
      return [
        {
          text: label.textContent ?? "",
          labelBottom: box(label).bottom,
          labelLeft: box(label).left,
          cellTop: box(cell).top,
          cellLeft: box(cell).left,
          fontSize: parseFloat(getComputedStyle(label).fontSize),
        },
      ];
    }),
  );
  // One row per cluster, as in the table behind the chart.
  await heatmap.getByTestId("compare-heatmap-table-toggle").click();
  const tableRows = await page.getByTestId("compare-heatmap-grid").locator("tbody tr").count();
  expect(layout).toHaveLength(tableRows);
  for (const row of layout) {
    expect(row.labelBottom).toBeLessThanOrEqual(row.cellTop + 1);
    expect(Math.abs(row.labelLeft - row.cellLeft)).toBeLessThan(4);
    expect(row.fontSize).toBeGreaterThanOrEqual(12);
  }
  // The hatching of a missing figure comes from the visible SVG's own pattern: a url(#id) takes the
  // document's first element with that id, and a pattern inside the hidden layout draws nothing.
  const foreignFills = await svg.evaluate((root) =>
    [...root.querySelectorAll("[fill^='url(#']")]
      .map((element) => element.getAttribute("fill")!.slice(5, -1))
      .filter((id) => !root.contains(document.getElementById(id))),
  );
  expect(foreignFills).toEqual([]);
  // The grid may scroll inside its frame (twelve regions), the page never does.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

for (const [path, chart] of [
  ["/regions/02004", "insured-chart-permanent_workers"],
  ["/es/regions/calibaja", "both-sides"],
] as const) {
  test(`${chart} on a phone: the plot keeps its width, no text over another or off the chart`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(path);
    const { frame, texts } = await chartLayout(page, chart);
    const plot = await page
      .locator(`[data-chart="${chart}"] .recharts-cartesian-grid`)
      .evaluate((grid) => grid.getBoundingClientRect().width);
    expect(plot / frame.width).toBeGreaterThan(0.7);
    expect(outside(frame, texts).map((text) => text.text)).toEqual([]);
    const clashes = texts.flatMap((a, i) =>
      texts.slice(i + 1).flatMap((b) => (overlap(a, b) ? [`"${a.text}" × "${b.text}"`] : [])),
    );
    expect(clashes).toEqual([]);
    expect(texts.filter((text) => text.fontSize < 12).map((text) => `${text.text}: ${text.fontSize}px`)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
}
