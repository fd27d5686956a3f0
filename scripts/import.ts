// npm run import -- <file> [--format <name>] [--year <YYYY>] [--dry-run]
// Loads an official data file (INEGI SAIC, CBP, CMP, IMSS or the tidy CSV) into the configured database.
import path from "node:path";
import { parseArgs } from "node:util";
import { createDatabase } from "../lib/db";
import { DatabaseInUseError } from "../lib/db";
import { describeDatabaseError } from "../lib/db/availability";
import { ConfigurationError } from "../lib/env";
import { formatSummary, ImportError, importFile, importFormats, type ImportFormat } from "../lib/import/import-file";
import { renderProgressBar } from "../lib/import/progress";
import { outOfRange } from "../lib/import/table";

const usage = `Usage: npm run import -- <file> [--format ${importFormats.join("|")}] [--year YYYY] [--dry-run]`;

function fail(message: string, code = 1): never {
  if (process.stderr.isTTY) process.stderr.write("\n");
  console.error(message);
  process.exit(code);
}

let args: ReturnType<
  typeof parseArgs<{
    options: {
      format: { type: "string" };
      year: { type: "string" };
      "dry-run": { type: "boolean" };
      help: { type: "boolean" };
    };
    allowPositionals: true;
  }>
>;
try {
  args = parseArgs({
    options: {
      format: { type: "string" },
      year: { type: "string" },
      "dry-run": { type: "boolean" },
      help: { type: "boolean" },
    },
    allowPositionals: true,
  });
} catch (error) {
  fail(`${(error as Error).message}\n${usage}`, 2);
}
if (args.values.help) {
  console.log(usage);
  process.exit(0);
}
const [file, ...extra] = args.positionals;
if (!file || extra.length > 0) fail(usage, 2);
const format = args.values.format as ImportFormat | undefined;
if (format && !importFormats.includes(format))
  fail(`--format ${format}: not a format (one of ${importFormats.join(", ")})`, 2);
const year = args.values.year === undefined ? undefined : Number(args.values.year);
const yearRefused = year === undefined ? null : outOfRange(year, "year");
if (yearRefused) fail(`--year ${args.values.year}: ${yearRefused}`, 2);

// The interruption test sets this to hold the transaction open after the first rows are written.
const pauseMs = Number(process.env.CALIBAJA_IMPORT_PAUSE_MS ?? 0);

let lastDrawn = 0;
const onProgress = (bytesRead: number, totalBytes: number) => {
  // A bar only on a terminal and for files big enough to wait for (over ~200 KB: a few thousand rows).
  if (!process.stderr.isTTY || totalBytes < 200_000) return;
  const now = Date.now();
  if (now - lastDrawn < 100 && bytesRead < totalBytes) return;
  lastDrawn = now;
  process.stderr.write(`\r${renderProgressBar(bytesRead, totalBytes, process.stderr.columns || 80)}`);
};

let database: ReturnType<typeof createDatabase>;
try {
  // Named in pg_stat_activity, so that a second import waiting for this one can say which it is.
  database = createDatabase(undefined, {
    application_name: `calibaja import of ${path.basename(file).slice(0, 30)} (process ${process.pid})`,
  });
} catch (error) {
  if (error instanceof DatabaseInUseError || error instanceof ConfigurationError) fail(error.message);
  throw error;
}
const { prisma, connection } = database;
try {
  const summary = await importFile(prisma, file, {
    format,
    year,
    dryRun: args.values["dry-run"],
    onProgress,
    onWaiting: (holder) => console.log(`[calibaja] another import is writing to this database: waiting for ${holder}`),
    afterFirstWrite:
      pauseMs > 0
        ? async () => {
            console.log("[calibaja] first rows written; holding the transaction open");
            await new Promise((resolve) => setTimeout(resolve, pauseMs));
          }
        : undefined,
  });
  if (process.stderr.isTTY && lastDrawn > 0) process.stderr.write("\n");
  console.log(`[calibaja] ${connection.description}`);
  console.log(formatSummary(summary));
} catch (error) {
  if (error instanceof ImportError) fail(`Import stopped; nothing was written.\n${error.message}`);
  // Anything else (a lost connection, say): its cause in one line; CALIBAJA_DEBUG=1 shows the stack.
  if (process.env.CALIBAJA_DEBUG) console.error(error);
  fail(`Import stopped: ${describeDatabaseError(error)}`);
} finally {
  await prisma.$disconnect();
  await connection.close();
}
