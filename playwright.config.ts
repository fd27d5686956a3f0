import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./e2e/support/chromium";

const port = Number(process.env.E2E_PORT ?? 3100);

// The server under test: the production build on a real PostgreSQL when DATABASE_URL is set,
// otherwise on a fresh embedded PGlite folder of its own.
const e2ePgliteDir = ".data/e2e-pglite";

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  globalSetup: "./e2e/support/global-setup.ts",
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    launchOptions: chromiumLaunchOptions,
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], viewport: { width: 1440, height: 900 } } }],
  webServer: {
    command: `rm -rf ${e2ePgliteDir} && npm run serve -- -p ${port}`,
    url: `http://127.0.0.1:${port}/`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: { PGLITE_DIR: e2ePgliteDir, NEXT_TELEMETRY_DISABLED: "1" },
  },
});
