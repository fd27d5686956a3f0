import { expect, test } from "@playwright/test";
import { useExpectedDatabase } from "./support/expected-database";

test("the overview lists every cluster from the database", async ({ page }) => {
  const { prisma } = useExpectedDatabase();
  const clusters = await prisma.cluster.findMany({ orderBy: { code: "asc" } });
  expect(clusters).toHaveLength(67);
  await page.goto("/");
  const items = page.locator("[data-cluster-code]");
  await expect(items).toHaveCount(67);
  await expect(page.locator('[data-cluster-code="50"]')).toContainText("Water Transportation");
});
