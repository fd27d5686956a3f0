import { expect, test, type APIRequestContext } from "@playwright/test";
import { firstLoadChunks } from "../scripts/bench/first-load-js";

// Strings only the libraries' own code holds: Recharts draws its bars with this class, zod names its
// schema classes so, and the ICU message parser (unneeded once the messages are compiled at build
// time) says this of a bad number format.
const rechartsMarker = "recharts-bar-rectangle";
const zodMarker = "$ZodType";
const icuParserMarker = "Number skeleton cannot be empty";

/** The text of every chunk a page's HTML makes the browser load before it can hydrate. */
async function firstLoadScripts(request: APIRequestContext, path: string) {
  const html = await (await request.get(path)).text();
  const chunks = firstLoadChunks(html);
  expect(chunks.length).toBeGreaterThan(3);
  return Promise.all(chunks.map(async (chunk) => ({ chunk, text: await (await request.get(chunk)).text() })));
}

for (const path of ["/", "/clusters", "/clusters/1", "/regions/us-side", "/compare", "/present", "/es/methodology"]) {
  test(`${path} loads no chart library, schema library or message parser before its first paint`, async ({
    request,
  }) => {
    const scripts = await firstLoadScripts(request, path);
    const holding = (marker: string) =>
      scripts.filter((script) => script.text.includes(marker)).map((script) => script.chunk);
    expect(holding(rechartsMarker)).toEqual([]);
    expect(holding(zodMarker)).toEqual([]);
    expect(holding(icuParserMarker)).toEqual([]);
  });
}

test("the overview paints its bars from the server's HTML, then fetches Recharts and draws the SVG chart", async ({
  page,
  request,
}) => {
  const named = new Set((await firstLoadScripts(request, "/")).map((script) => script.chunk));
  const fetchedLater: string[] = [];
  page.on("response", async (response) => {
    const path = new URL(response.url()).pathname;
    if (
      path.startsWith("/_next/static/chunks/") &&
      !named.has(path) &&
      (await response.text()).includes(rechartsMarker)
    )
      fetchedLater.push(path);
  });
  await page.route("**/_next/static/chunks/**", async (route) => {
    // Holds back the chunks the HTML did not name: the page must be readable without them.
    const path = new URL(route.request().url()).pathname;
    if (!named.has(path)) await new Promise((resolve) => setTimeout(resolve, 500));
    await route.continue();
  });
  await page.goto("/");
  const chart = page.locator('[data-chart="lq-ranking"]');
  // The first paint: HTML bars with their labels, before Recharts has arrived.
  await expect(chart.locator(".first-paint-bar").first()).toBeVisible();
  await expect(chart.locator("svg.recharts-surface")).toBeVisible();
  const drawnBars = await chart.locator(".recharts-bar-rectangle").count();
  expect(drawnBars).toBeGreaterThan(5);
  await expect.poll(() => fetchedLater.length).toBeGreaterThan(0);
});
