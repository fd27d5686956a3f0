import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * The text of each page of a PDF, read with poppler's pdftotext (Debian: poppler-utils; .ci/run installs
 * it). Page by page, so a test can say what is on sheet 1.
 */
export function pdfPages(pdf: Buffer): string[] {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "calibaja-pdf-")), "print.pdf");
  fs.writeFileSync(file, pdf);
  try {
    // Pages are separated by form feeds.
    return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).split("\f").slice(0, -1);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT")
      throw new Error("pdftotext is not installed: apt-get install poppler-utils (see README, Tests)");
    throw error;
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}
