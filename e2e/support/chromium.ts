import fs from "node:fs";

/**
 * How every browser of this project is launched (the browser tests, the screenshots, the benchmark):
 * Playwright's own browser download cannot work on machines without internet, so the system Chromium
 * is used when it exists (Debian: apt-get install chromium), else Playwright's (npx playwright install chromium).
 */
export const chromiumLaunchOptions = {
  executablePath: ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((candidate) => fs.existsSync(candidate)),
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};
