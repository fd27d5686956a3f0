/**
 * Writes public/'s icons and social preview images from app/icon.svg and the site's own words, with the
 * system Chromium (npm run build:icons). The PNGs are committed: the app serves them as files.
 */
import fs from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "../e2e/support/chromium";

const icon = fs.readFileSync("app/icon.svg", "utf8");
const messages = {
  en: JSON.parse(fs.readFileSync("messages/en.json", "utf8")).site,
  es: JSON.parse(fs.readFileSync("messages/es.json", "utf8")).site,
} as { en: { title: string; tagline: string }; es: { title: string; tagline: string } };

// Where the figures come from, not a picture of figures: a preview image shows no made-up chart.
const sources = "U.S. Cluster Mapping · Census CBP · INEGI · IMSS";
const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;");

/** An .ico file holding one PNG image (the format allows PNG entries since Windows Vista). */
function icoHolding(png: Buffer, size: number): Buffer {
  const header = Buffer.alloc(6 + 16);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(size, 6);
  header.writeUInt8(size, 7);
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(png.length, 14);
  header.writeUInt32LE(header.length, 18);
  return Buffer.concat([header, png]);
}

const browser = await chromium.launch(chromiumLaunchOptions);
const page = await browser.newPage();
fs.mkdirSync("public/icons", { recursive: true });

async function render(html: string, width: number, height: number, file: string) {
  await page.setViewportSize({ width, height });
  await page.setContent(`<!doctype html><html><body style="margin:0">${html}</body></html>`);
  await page.screenshot({ path: file, omitBackground: true });
  console.log(`wrote ${path.relative(process.cwd(), file)} (${width}×${height})`);
}

const sized = (size: number) => icon.replace("<svg ", `<svg width="${size}" height="${size}" style="display:block" `);
for (const size of [192, 512]) await render(sized(size), size, size, `public/icons/icon-${size}.png`);
// Next.js links app/apple-icon.png and app/favicon.ico from every page itself.
await render(sized(180), 180, 180, "app/apple-icon.png");
await render(sized(32), 32, 32, "/tmp/calibaja-icon-32.png");
fs.writeFileSync("app/favicon.ico", icoHolding(fs.readFileSync("/tmp/calibaja-icon-32.png"), 32));
console.log("wrote app/favicon.ico (32×32)");
// A maskable icon keeps its mark inside the middle 80% (launchers crop to a circle or squircle).
await render(
  `<div style="width:512px;height:512px;background:#0072B2;display:grid;place-items:center">${sized(400)}</div>`,
  512,
  512,
  "public/icons/icon-maskable-512.png",
);

for (const locale of ["en", "es"] as const) {
  const { title, tagline } = messages[locale];
  await render(
    `<div style="width:1200px;height:630px;box-sizing:border-box;padding:80px;background:#0b2238;color:#fff;
      font-family:'DejaVu Sans',sans-serif;display:flex;flex-direction:column;justify-content:space-between">
      <div style="display:flex;align-items:center;gap:28px">${sized(110)}
        <div style="font-size:56px;font-weight:700;line-height:1.1">${escape(title)}</div></div>
      <div style="font-size:40px;line-height:1.3;color:#cfe3f5">${escape(tagline)}</div>
      <div style="font-size:30px;color:#9fc3e0">${escape(sources)}</div></div>`,
    1200,
    630,
    `public/og-${locale}.png`,
  );
}
await browser.close();
