// npm run db:seed — loads the shipped default dataset (lib/dataset/manifest.ts) through the import
// pipeline; a file whose checksum is unchanged is skipped, so every start can call it. --force reloads.
import { createDatabase } from "../lib/db";
import { DatabaseInUseError } from "../lib/db";
import { loadDefaultDataset } from "../lib/dataset/load-default-dataset";
import { describeDatabaseError } from "../lib/db/availability";
import { ConfigurationError } from "../lib/env";
import { ImportError } from "../lib/import/problems";

let database: ReturnType<typeof createDatabase>;
try {
  database = createDatabase();
} catch (error) {
  // Another process holds the embedded database, or the configuration is wrong: say which, without a stack trace.
  if (error instanceof DatabaseInUseError || error instanceof ConfigurationError) {
    console.error(`[calibaja] ${error.message}`);
    process.exit(1);
  }
  throw error;
}
const { prisma, connection } = database;
try {
  const started = Date.now();
  const summary = await loadDefaultDataset(prisma, {
    force: process.argv.includes("--force"),
    onEntry: (entry, status) => {
      if (status !== "unchanged")
        console.log(`[calibaja]   ${entry.file}: ${status} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    },
  });
  if (summary.skipped)
    console.log(`[calibaja] ${connection.description}: default dataset already loaded (files unchanged)`);
  else
    console.log(
      `[calibaja] ${connection.description}: loaded the default dataset in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
} catch (error) {
  if (error instanceof ImportError) {
    console.error(
      `[calibaja] a shipped file was refused; the files before it are loaded, nothing of it was written:\n${error.message}`,
    );
    process.exitCode = 1;
  } else {
    if (process.env.CALIBAJA_DEBUG) console.error(error);
    console.error(`[calibaja] the default dataset could not be loaded: ${describeDatabaseError(error)}`);
    process.exitCode = 1;
  }
} finally {
  await prisma.$disconnect();
  await connection.close();
}
