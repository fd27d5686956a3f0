// npm run screenshots -- [baseUrl] — full-page screenshots of each page at 1440×900, at a projector's
// 1280×720 and on a phone (390×844), in English and Spanish, into e2e/screenshots/ (for looking, not asserting).
import fs from "node:fs";
import path from "node:path";
import { chromiumLaunchOptions } from "../e2e/support/chromium";
import { chromium } from "@playwright/test";

const baseUrl = process.argv[2] ?? "http://127.0.0.1:3000";
const pages = (
  process.env.SCREENSHOT_PAGES ??
  "/,/clusters,/clusters/50,/regions/us-side,/regions/02004,/regions/calibaja,/regions/cbsa-21340,/compare,/compare?set=border&view=bars&cluster=1,/methodology"
).split(",");
const viewports = [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
].filter(
  (viewport) =>
    !process.env.SCREENSHOT_WIDTHS || process.env.SCREENSHOT_WIDTHS.split(",").includes(String(viewport.width)),
);
const outDir = path.resolve("e2e/screenshots");
fs.mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch(chromiumLaunchOptions);
for (const viewport of viewports) {
  for (const locale of ["", "/es"]) {
    const context = await browser.newContext({ viewport, colorScheme: process.env.SCREENSHOT_DARK ? "dark" : "light" });
    const page = await context.newPage();
    for (const route of pages) {
      const url = `${baseUrl}${locale}${route === "/" && locale ? "" : route}`;
      await page.goto(url, { waitUntil: "networkidle" });
      // Charts size themselves after the first layout (ResizeObserver): give them a moment.
      await page.waitForTimeout(700);
      const name = `${(locale || "/en").slice(1)}${route.replace(/[/?&=]/g, "_") || "_"}-${viewport.width}x${viewport.height}${process.env.SCREENSHOT_DARK ? "-dark" : ""}.png`;
      await page.screenshot({ path: path.join(outDir, name), fullPage: process.env.SCREENSHOT_FULL !== "0" });
      console.log(name);
    }
    await context.close();
  }
}
await browser.close();
