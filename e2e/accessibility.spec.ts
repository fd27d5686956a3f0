import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const pages = [
  "/",
  "/clusters",
  "/clusters/30",
  "/regions/us-side",
  "/regions/02004",
  "/regions/calibaja",
  "/regions",
  "/regions/cbsa-21340",
  "/compare",
  "/compare?set=border&view=bars&cluster=1",
  "/compare?r=cbsa-41740,NM&view=table&cluster=1",
  "/methodology",
];

for (const prefix of ["", "/es"]) {
  for (const path of pages) {
    const url = `${prefix}${path === "/" && prefix ? "" : path}`;
    test(`no serious or critical accessibility violations on ${url}`, async ({ page }) => {
      await page.goto(url);
      await page.waitForLoadState("networkidle");
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter(
        (violation) => violation.impact === "serious" || violation.impact === "critical",
      );
      expect(
        serious.map(
          (violation) =>
            `${violation.id}: ${violation.nodes
              .map((node) => node.target.join(" "))
              .slice(0, 3)
              .join(", ")}`,
        ),
      ).toEqual([]);
    });
  }
}
