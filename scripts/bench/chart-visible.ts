// Time from navigation to the first chart a reader can see, in Chromium with a cold cache (a new
// browser context per run): the overview's ranked bars, whether the server's first-paint HTML bars
// or the drawn SVG come first.
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "../../e2e/support/chromium";

const chartSelector = "[data-first-paint] .first-paint-chart, .recharts-surface";

export async function chartVisibleMs(origin: string, path: string, runs: number): Promise<number[]> {
  const browser = await chromium.launch(chromiumLaunchOptions);
  const times: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      const started = performance.now();
      await page.goto(origin + path, { waitUntil: "commit" });
      await page.locator(chartSelector).first().waitFor({ state: "visible", timeout: 30_000 });
      times.push(performance.now() - started);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return times;
}
