// npm run bench:seed — how long the default dataset takes to load into an empty embedded database,
// and how long a start with unchanged files spends on the seed (it only compares checksums).
// Prints both, in seconds, with the targets beside them; each run uses its own throwaway folder.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDatabase } from "../lib/db";
import { loadDefaultDataset } from "../lib/dataset/load-default-dataset";
import { applyMigrations } from "../lib/migrations";

const databaseUrl = process.argv.includes("--postgres") ? process.env.DATABASE_URL : undefined;
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "calibaja-bench-seed-"));
const { prisma, connection } = createDatabase({ databaseUrl, pgliteDir: folder });
const seconds = (started: bigint) => Number(process.hrtime.bigint() - started) / 1e9;
try {
  await applyMigrations(connection.adapterFactory);
  let started = process.hrtime.bigint();
  const timings: [string, number][] = [];
  await loadDefaultDataset(prisma, {
    onEntry: (entry, status) => timings.push([`${entry.file} (${status})`, seconds(started)]),
  });
  const full = seconds(started);
  started = process.hrtime.bigint();
  const again = await loadDefaultDataset(prisma);
  const unchanged = seconds(started);
  let previous = 0;
  for (const [label, at] of timings) {
    console.log(`  ${(at - previous).toFixed(2).padStart(6)} s  ${label}`);
    previous = at;
  }
  console.log(`\n${connection.description}`);
  console.log(`Full load into an empty database: ${full.toFixed(1)} s (target < 60 s)`);
  console.log(`Seed with unchanged files:        ${unchanged.toFixed(3)} s (target < 3 s; skipped: ${again.skipped})`);
} finally {
  await prisma.$disconnect();
  await connection.close();
  fs.rmSync(folder, { recursive: true, force: true });
}
