import { expect, test } from "@playwright/test";

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (bytes: Buffer) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

test("robots.txt lets crawlers read the pages, not the exports", async ({ request }) => {
  const response = await request.get("/robots.txt");
  expect(response.status()).toBe(200);
  const text = await response.text();
  expect(text).toMatch(/^User-agent: \*$/m);
  expect(text).toMatch(/^Disallow: \/api\/$/m);
  expect(text).toMatch(/^Allow: \/api\/og$/m);
});

test("the web manifest names the app and every icon it lists is there, at its size", async ({ page, request }) => {
  await page.goto("/");
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  const manifest = await (await request.get(href!)).json();
  expect(manifest.name).toBe("CaliBaja Cluster Dashboard");
  expect(manifest.start_url).toBe("/");
  for (const icon of manifest.icons as { src: string; sizes: string; type: string }[]) {
    const response = await request.get(icon.src);
    expect(response.status(), icon.src).toBe(200);
    expect(response.headers()["content-type"]).toContain(icon.type.split("+")[0]);
    if (icon.type === "image/png") {
      const { width, height } = pngSize(await response.body());
      expect(`${width}x${height}`).toBe(icon.sizes);
    }
  }
  for (const rel of ["icon", "apple-touch-icon"]) {
    for (const link of await page.locator(`link[rel="${rel}"]`).all()) {
      expect((await request.get((await link.getAttribute("href"))!)).status()).toBe(200);
    }
  }
  expect((await request.get("/favicon.ico")).headers()["content-type"]).toBe("image/x-icon");
});

for (const locale of ["en", "es"] as const) {
  test(`a cluster page's social preview carries its own title and image (${locale})`, async ({ page, request }) => {
    await page.goto(`${locale === "es" ? "/es" : ""}/clusters/1`);
    const name = locale === "es" ? "Vehículos aeroespaciales y defensa" : "Aerospace Vehicles and Defense";
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", name);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
    const image = new URL((await page.locator('meta[property="og:image"]').getAttribute("content"))!);
    expect(image.pathname).toBe("/api/og");
    expect(image.searchParams.get("title")).toBe(name);
    expect(image.searchParams.get("lang")).toBe(locale);
    const response = await request.get(`${image.pathname}${image.search}`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
    expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
  });
}

test("a preview title with characters outside the bundled font still draws (they are left out, nothing is fetched)", async ({
  request,
}) => {
  const response = await request.get(`/api/og?title=${encodeURIComponent("Tijuana 😀 中文 — región")}&lang=es`);
  expect(response.status()).toBe(200);
  expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
});

test("every page says where it sits: a breadcrumb trail whose links lead back up", async ({ page }) => {
  const trails: [string, string[]][] = [
    ["/clusters", ["Overview", "Clusters"]],
    ["/clusters/1", ["Overview", "Clusters", "Aerospace Vehicles and Defense"]],
    ["/regions", ["Overview", "Regions"]],
    ["/regions/06073", ["Overview", "Regions", "San Diego County"]],
    ["/compare", ["Overview", "Compare"]],
    ["/methodology", ["Overview", "Methodology"]],
    ["/es/regions/02004", ["Panorama", "Regiones", "Tijuana"]],
  ];
  for (const [path, trail] of trails) {
    await page.goto(path);
    const crumbs = page.getByTestId("breadcrumbs").locator("li");
    await expect(crumbs).toHaveText(trail);
    await expect(crumbs.last().locator('[aria-current="page"]')).toHaveCount(1);
  }
  await page.goto("/clusters/1");
  await page.getByTestId("breadcrumbs").getByRole("link", { name: "Clusters" }).click();
  await expect(page).toHaveURL(/\/clusters$/);
});

for (const locale of ["en", "es"] as const) {
  test(`the cluster page's table of every figure fits a 1440-pixel screen, source column included (${locale})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${locale === "es" ? "/es" : ""}/clusters/1`);
    const table = page
      .locator("table")
      .filter({ has: page.locator(".source-cell") })
      .first();
    await table.scrollIntoViewIfNeeded();
    const sizes = await table.evaluate((element) => ({
      scroll: element.parentElement!.scrollWidth,
      client: element.parentElement!.clientWidth,
      source: element.querySelector(".source-cell")!.getBoundingClientRect().right,
    }));
    expect(sizes.scroll).toBeLessThanOrEqual(sizes.client);
    expect(sizes.source).toBeLessThanOrEqual(1440);
  });
}
