// npm run db:seed — loads the shipped default dataset (idempotent; skipped when the files are unchanged).
import { createDatabase } from "../lib/db";
import { loadDefaultDataset } from "../lib/dataset/load-default-dataset";

const { prisma, connection } = createDatabase();
try {
  const started = Date.now();
  const summary = await loadDefaultDataset(prisma, { force: process.argv.includes("--force") });
  if (summary.skipped) console.log(`[calibaja] ${connection.description}: default dataset already loaded (files unchanged)`);
  else {
    const counts = Object.entries(summary.counts).map(([table, count]) => `${table} ${count}`).join(", ");
    console.log(`[calibaja] ${connection.description}: loaded default dataset in ${Date.now() - started} ms: ${counts}`);
  }
} finally {
  await prisma.$disconnect();
  await connection.close();
}
