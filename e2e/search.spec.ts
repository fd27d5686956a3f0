import { expect, test } from "@playwright/test";

test("the header search finds an industry by its NAICS code and opens its cluster, keyboard only", async ({ page }) => {
  await page.goto("/methodology");
  const box = page.getByTestId("site-search");
  await box.focus();
  await page.keyboard.type("336411");
  const options = page.getByRole("option");
  await expect(options.first()).toContainText("336411");
  await expect(options.first()).toContainText("Aerospace Vehicles and Defense");
  await expect(options.first()).toContainText("NAICS 2012, NAICS 2017 industry");
  await expect(options.filter({ hasText: "336411" })).toHaveCount(1);
  await expect(box).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/clusters\/1#industries-heading$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Aerospace Vehicles and Defense");
});

test("the Spanish search finds a cluster without its accent and a region, ↓ and Enter choose", async ({ page }) => {
  await page.goto("/es");
  const box = page.getByTestId("site-search");
  await box.fill("biofarmaceutica");
  await expect(page.getByRole("option").first()).toContainText("Biofarmacéutica");
  await box.fill("tijuana");
  const options = page.getByRole("option");
  await expect(options.filter({ hasText: "Región" }).first()).toContainText("Tijuana");
  const index = (await options.allTextContents()).findIndex(
    (text) => text.startsWith("Tijuana") && text.includes("Región"),
  );
  for (let step = 0; step < index; step++) await box.press("ArrowDown");
  await expect(options.nth(index)).toHaveAttribute("aria-selected", "true");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/es\/regions\/02004$/);
  await box.fill("zzqx");
  await expect(page.getByRole("listbox")).toContainText("No se encontró nada para «zzqx».");
  await box.press("Escape");
  await expect(page.getByRole("listbox")).toHaveCount(0);
});

test("stepping through the region list with the keyboard loads nothing until Enter", async ({ page }) => {
  await page.goto("/?region=us-side");
  const select = page.getByTestId("filter-region");
  await select.focus();
  const before = await select.inputValue();
  await select.press("ArrowDown");
  await select.press("ArrowDown");
  const stepped = await select.inputValue();
  expect(stepped).not.toBe(before);
  await page.waitForTimeout(800);
  await expect(page).toHaveURL(/region=us-side/);
  await select.press("Enter");
  await expect(page).toHaveURL(new RegExp(`region=${stepped}`));
});
