import { expect, test } from "@playwright/test";

test("the server uses the configured database: PostgreSQL when DATABASE_URL is set, PGlite otherwise", async ({
  request,
}) => {
  const response = await request.get("/api/health");
  expect(response.ok()).toBe(true);
  expect(await response.json()).toEqual({
    status: "ok",
    database: process.env.DATABASE_URL ? "postgres" : "pglite",
    clusters: 67,
  });
});
