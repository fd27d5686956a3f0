import { expect, test } from "@playwright/test";
import { expectedClusters, lqText } from "./support/expected";

test("the default deck: keyboard and clicker keys move between slides, each slide has its URL", async ({ page }) => {
  const expected = await expectedClusters("us-side", 2016);
  await page.goto("/present");
  await expect(page.getByTestId("deck")).toHaveAttribute("data-interactive", "true");
  await expect(page.getByTestId("slide-counter")).toHaveText("Slide 1 of 4");
  await page.keyboard.press("ArrowRight");
  await expect(page.getByTestId("slide-counter")).toHaveText("Slide 2 of 4");
  await expect(page).toHaveURL(/slide=2/);
  const top = expected.byLq[0]!;
  await expect(page.getByTestId("takeaway")).toHaveText(
    `${top.cluster.nameEn} is ${(Math.round(top.locationQuotient! * 10) / 10).toString()} times more concentrated in the U.S. side (San Diego and Imperial counties) than nationally.`,
  );
  await expect(page.getByTestId("slide")).toContainText(lqText(top.locationQuotient!));
  await page.keyboard.press("PageDown");
  await expect(page.getByTestId("slide-counter")).toHaveText("Slide 3 of 4");
  await page.keyboard.press(" ");
  await expect(page.getByTestId("slide-counter")).toHaveText("Slide 4 of 4");
  await page.keyboard.press(" ");
  await expect(page.getByTestId("slide-counter")).toHaveText("Slide 4 of 4");
  await page.keyboard.press("PageUp");
  await expect(page.getByTestId("slide-counter")).toHaveText("Slide 3 of 4");
  await page.keyboard.press("Home");
  await expect(page.getByTestId("slide-counter")).toHaveText("Slide 1 of 4");
  await page.keyboard.press("End");
  await expect(page.getByTestId("slide-counter")).toHaveText("Slide 4 of 4");
  await page.keyboard.press("ArrowLeft");
  await expect(page).toHaveURL(/slide=3/);

  await page.goto("/present?slide=3");
  await expect(page.getByTestId("deck")).toHaveAttribute("data-interactive", "true");
  await expect(page.getByTestId("slide-counter")).toHaveText("Slide 3 of 4");
  await expect(page.getByTestId("takeaway")).toContainText("In 2023, at least");

  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
});

test("the controls hide themselves after a few seconds without the mouse", async ({ page }) => {
  await page.goto("/present");
  await expect(page.getByTestId("deck")).toHaveAttribute("data-controls", "visible");
  await expect(page.getByTestId("deck")).toHaveAttribute("data-controls", "hidden", { timeout: 6000 });
  await page.mouse.move(200, 200);
  await expect(page.getByTestId("deck")).toHaveAttribute("data-controls", "visible");
});

test("a deck built from two charts opens from its link in a new browser context", async ({ page, browser }) => {
  await page.goto("/regions/06073");
  await page.getByTestId("add-to-deck").click();
  await page.goto("/?region=06025&top=10");
  await page.locator('[data-chart="lq-ranking"]').getByTestId("add-to-deck").click();
  await expect(page.locator('[data-chart="lq-ranking"]').getByTestId("add-to-deck")).toHaveText(
    "Added to presentation (2)",
  );
  await page.getByTestId("present-link").click();
  await expect(page).toHaveURL(/\/present\?v=portfolio/);
  await expect(page.getByTestId("slide-counter")).toHaveText("Slide 1 of 3");
  const link = page.url().replace(/&slide=\d+/, "") + "&slide=3";

  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto(link);
  await expect(fresh.getByTestId("deck")).toHaveAttribute("data-interactive", "true");
  await expect(fresh.getByTestId("slide-counter")).toHaveText("Slide 3 of 3");
  await expect(fresh.getByTestId("slide")).toContainText("Imperial County, 2016");
  await fresh.keyboard.press("ArrowLeft");
  await expect(fresh.getByTestId("slide")).toContainText("San Diego County, 2016");
  await other.close();
});

test("the Spanish deck speaks Spanish", async ({ page }) => {
  await page.goto("/es/present?v=lq~region=06073~top=10&slide=2");
  await expect(page.getByTestId("takeaway")).toContainText("Transporte por agua está");
  await expect(page.getByTestId("slide-counter")).toHaveText("Diapositiva 2 de 2");
});

test("a full deck of 30 slides takes no more, and says so", async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem("filled")) {
      localStorage.setItem("calibaja-deck", JSON.stringify(Array.from({ length: 30 }, () => "lq~top=10")));
      sessionStorage.setItem("filled", "1");
    }
  });
  await page.goto("/?region=06025&top=10");
  const add = page.locator('[data-chart="lq-ranking"]').getByTestId("add-to-deck");
  await add.click();
  await expect(add).toHaveText("The presentation is full (30 slides): remove one first");
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem("calibaja-deck") ?? "[]").length)).toBe(30);
  await page.getByTestId("present-link").click();
  await expect(page.getByTestId("slide-counter")).toHaveText("Slide 1 of 31");
});

test("on a 1080p projector no slide text is under 18 px: bars, lines, bubbles and the heatmap", async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const deck = [
    "lq~region=06073~top=10",
    "employment~region=06073",
    "portfolio~code=us-side",
    "insured~code=02004",
    "compare~set=border~view=heatmap",
  ];
  await page.goto(`/present?${deck.map((view) => `v=${view}`).join("&")}`);
  await expect(page.getByTestId("deck")).toHaveAttribute("data-interactive", "true");
  await expect(page.getByTestId("slide-counter")).toHaveText("Slide 1 of 6");
  for (let slide = 2; slide <= 6; slide++) {
    await page.keyboard.press("ArrowRight");
    await expect(page.getByTestId("slide-counter")).toHaveText(`Slide ${slide} of 6`);
    const svgText = page.locator('[data-testid="slide"] svg text');
    await expect(svgText.first()).toBeVisible();
    // The size a text is drawn at: its font size times the SVG's scale (the heatmap scales to the slide).
    const small = await page.locator('[data-testid="slide"]').evaluate((slideElement) =>
      [...slideElement.querySelectorAll("svg text, p, li")]
        .filter((element) => element.getClientRects().length > 0 && (element.textContent ?? "").trim())
        .map((element) => {
          // The length of the transform's x column: the scale, also for rotated axis titles.
          const matrix = element instanceof SVGGraphicsElement ? element.getScreenCTM() : null;
          const scale = matrix ? Math.hypot(matrix.a, matrix.b) : 1;
          return {
            text: (element.textContent ?? "").slice(0, 30),
            px: parseFloat(getComputedStyle(element).fontSize) * scale,
          };
        })
        .filter((entry) => entry.px < 17.95),
    );
    expect(small, `slide ${slide}`).toEqual([]);
  }
});

test("a month-by-month slide headlines its largest division from first month to last, in both languages", async ({
  page,
}) => {
  await page.goto("/present?v=insured~code=02004&slide=2");
  await expect(page.getByTestId("takeaway")).toHaveText(
    /^Manufacturing \(transformation industries\): [\d,]+ permanent insured workers in February 2020, [\d,]+ in January 2021\.$/,
  );
  await page.goto("/es/present?v=insured~code=02004&slide=2");
  await expect(page.getByTestId("takeaway")).toHaveText(
    /^.+: [\d,]+ trabajadores asegurados permanentes en febrero de 2020 y [\d,]+ en enero de 2021\.$/,
  );
});
