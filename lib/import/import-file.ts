import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { describeDatabaseError } from "../db/availability";
import type { PrismaClient } from "../generated/prisma/client";
import { deriveAggregates, type NationalBenchmarks } from "./derive";
import { detectFormat } from "./detect";
import { parseCbpApi, parseCbpCountyFile } from "./formats/cbp";
import { parseCbpTable } from "./formats/cbp-table";
import { parseCensusSectors } from "./formats/census-sectors";
import { parseCmp } from "./formats/cmp";
import { parseDenue } from "./formats/denue";
import { parseFacts, parseFactsTable } from "./formats/facts";
import { parseImss } from "./formats/imss";
import { parseImssAggregate } from "./formats/imss-aggregate";
import { parsePeerSets } from "./formats/peer-sets";
import { parseRanking } from "./formats/ranking";
import { parseSaic } from "./formats/saic";
import { parseTidy } from "./formats/tidy";
import { ImportError } from "./problems";
import type { ProgressListener } from "./read-records";
import { loadImportReference, type ImportReference } from "./reference";
import { importFormats, type ImportFormat, type ParseOptions, type ParsedImport } from "./types";
import { planAndWrite, type SourceIdentity, type WriteResult } from "./write";

export { ImportError } from "./problems";
export { importFormats, type ImportFormat } from "./types";

/** The reader of each format: checks a file and returns its rows, writing nothing. */
export const parsers: Record<
  ImportFormat,
  (filePath: string, reference: ImportReference, options: ParseOptions) => Promise<ParsedImport>
> = {
  saic: parseSaic,
  "cbp-county": parseCbpCountyFile,
  "cbp-api": parseCbpApi,
  "cbp-table": parseCbpTable,
  cmp: parseCmp,
  imss: parseImss,
  "imss-aggregate": parseImssAggregate,
  denue: parseDenue,
  "census-sectors": parseCensusSectors,
  tidy: parseTidy,
  facts: parseFacts,
  "facts-table": parseFactsTable,
  ranking: parseRanking,
  "peer-sets": parsePeerSets,
};

export type ImportOptions = {
  format?: ImportFormat;
  dryRun?: boolean;
  /** The reference year, for files that do not carry one (CBP county files and API answers). */
  year?: number;
  onProgress?: ProgressListener;
  /** The shipped dataset's own key, description and default mark for the file's source (the seed sets it). */
  identity?: SourceIdentity;
  /** Gather planner statistics after writing (the seed turns this off and analyses once at its end). */
  analyze?: boolean;
  /** Called inside the transaction once the first rows are written (the interruption test waits here). */
  afterFirstWrite?: () => Promise<void>;
  /** Called when another import into the same database is running and this one waits for it. */
  onWaiting?: (holder: string) => void;
};

export type ImportSummary = WriteResult & {
  file: string;
  format: ImportFormat;
  dryRun: boolean;
  checksum: string;
  rowsRead: number;
  skipped: { reason: string; rows: number }[];
  notes: string[];
  sourceTitle: string;
};

function sha256(filePath: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = crypto.createHash("sha256");
    fs.createReadStream(filePath)
      .on("data", (chunk) => hash.update(chunk))
      .on("error", reject)
      .on("end", () => resolve(hash.digest("hex")));
  });
}

/**
 * U.S. cluster totals by year, for location quotients this dashboard computes. Several CMP files imply
 * them; the first source that stored a year's totals is used, so a later file never moves an LQ.
 */
async function usBenchmarks(prisma: PrismaClient): Promise<NationalBenchmarks> {
  const rows = await prisma.benchmarkTotal.findMany({
    where: { regionCode: "US", clusterCode: { not: null } },
    orderBy: [{ sourceId: "desc" }, { clusterCode: "asc" }],
  });
  const chosen = new Map<string, { year: number; clusterCode: number; employment: number }>();
  for (const row of rows)
    chosen.set(`${row.year}|${row.clusterCode}`, {
      year: row.year,
      clusterCode: row.clusterCode!,
      employment: row.employment,
    });
  // Summed in cluster order, so the same totals give the same LQs to the last bit whichever files are stored.
  const byYear: NationalBenchmarks = new Map();
  for (const row of [...chosen.values()].sort((a, b) => a.year - b.year || a.clusterCode - b.clusterCode)) {
    const year = byYear.get(row.year) ?? new Map<number, number>();
    year.set(row.clusterCode, row.employment);
    byYear.set(row.year, year);
  }
  return byYear;
}

/**
 * Imports one file: reads and checks all of it first (any problem stops the import before a write),
 * then writes the difference in one transaction, so the database is either fully updated or untouched.
 */
export async function importFile(
  prisma: PrismaClient,
  filePath: string,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const fileName = path.basename(filePath);
  const stat = statFile(filePath);
  if (!stat.isFile()) throw new ImportError(`${filePath}: not a file`);
  if (options.format && !importFormats.includes(options.format)) {
    throw new ImportError(`--format ${options.format}: not a format (one of ${importFormats.join(", ")})`);
  }
  if (stat.size === 0) throw new ImportError(`${fileName}: the file is empty`);
  const format = options.format ?? detectFormat(filePath);
  // Waiting for another import means this one's reading of the database is out of date (the other
  // may have created the same regions): read and plan again, then write.
  for (;;) {
    try {
      return await importOnce(prisma, filePath, format, options);
    } catch (error) {
      if (!(error instanceof WaitedForAnotherImport)) throw error;
    }
  }
}

async function importOnce(
  prisma: PrismaClient,
  filePath: string,
  format: ImportFormat,
  options: ImportOptions,
): Promise<ImportSummary> {
  const fileName = path.basename(filePath);
  const [reference, benchmarks, checksum] = await Promise.all([
    loadImportReference(prisma),
    usBenchmarks(prisma),
    sha256(filePath),
  ]);
  const parsed = deriveAggregates(
    await parsers[format](filePath, reference, { year: options.year, onProgress: options.onProgress }),
    reference,
    benchmarks,
  );

  const write = (apply: boolean) =>
    apply
      ? prisma.$transaction(
          async (tx) => {
            await takeImportLock(tx, options.onWaiting);
            return planAndWrite(tx, parsed, reference, {
              checksum,
              apply,
              identity: options.identity,
              afterFirstWrite: options.afterFirstWrite,
            });
          },
          { timeout: 30 * 60_000, maxWait: 60_000 },
        )
      : planAndWrite(prisma, parsed, reference, { checksum, apply, identity: options.identity });
  let result: Awaited<ReturnType<typeof write>>;
  try {
    result = await write(!options.dryRun);
  } catch (error) {
    // The transaction was rolled back; the cause in one line, not the driver's stack.
    if (error instanceof ImportError || error instanceof WaitedForAnotherImport) throw error;
    throw new ImportError(
      `${fileName}: the database refused the write, so nothing was written: ${describeDatabaseError(error)}`,
    );
  }
  // The planner needs fresh statistics after a bulk write; PGlite has no autovacuum to gather them,
  // and without them it plans joins over tens of thousands of rows as if they held one.
  if (!options.dryRun && result.changed && options.analyze !== false) await prisma.$executeRawUnsafe("ANALYZE");
  return {
    ...result,
    file: fileName,
    format,
    dryRun: Boolean(options.dryRun),
    checksum,
    rowsRead: parsed.rowsRead,
    skipped: parsed.skipped.entries(),
    notes: parsed.notes,
    sourceTitle: options.identity?.description.title ?? parsed.source.title,
  };
}

/** The file's status, or an ImportError saying plainly why it cannot be read. */
function statFile(filePath: string): fs.Stats {
  try {
    return fs.statSync(filePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT"
        ? "no such file"
        : code === "ELOOP"
          ? "a symbolic link that points back at itself (a loop), not a file"
          : code === "EACCES"
            ? "cannot be read (permission denied)"
            : code === "ENOTDIR"
              ? "no such file (a part of the path is not a folder)"
              : `cannot be read (${code ?? (error as Error).message})`;
    throw new ImportError(`${filePath}: ${reason}`);
  }
}

// One key for every import: two imports into the same PostgreSQL database take turns.
const importLockKey = 736_352_471;

/**
 * Serialises imports into one database: two imports creating the same new regions at once would
 * otherwise collide on a unique key. PostgreSQL's transaction-level advisory lock is released when
 * the import's transaction ends, however it ends. (On PGlite the folder lock already keeps a second
 * process out.) `onWaiting` hears which import holds it.
 */
async function takeImportLock(
  tx: Pick<PrismaClient, "$queryRawUnsafe" | "$executeRawUnsafe">,
  onWaiting?: (holder: string) => void,
): Promise<void> {
  const [attempt] = await tx.$queryRawUnsafe<{ locked: boolean }[]>(
    `SELECT pg_try_advisory_xact_lock(${importLockKey}) AS locked`,
  );
  if (attempt?.locked) return;
  const holders = await tx.$queryRawUnsafe<{ name: string | null; pid: number }[]>(
    `SELECT activity.application_name AS name, activity.pid FROM pg_locks AS lock
       JOIN pg_stat_activity AS activity ON activity.pid = lock.pid
      WHERE lock.locktype = 'advisory' AND lock.granted AND lock.classid = 0 AND lock.objid = ${importLockKey}`,
  );
  const holder = holders[0];
  onWaiting?.(holder?.name ?? `another import (database session ${holder?.pid ?? "?"})`);
  await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${importLockKey})`);
  // Rolls this transaction back (releasing the lock) so that the import starts again from a fresh reading.
  throw new WaitedForAnotherImport();
}

class WaitedForAnotherImport extends Error {}

const plural = (count: number, word: string) => `${count.toLocaleString("en-US")} ${word}${count === 1 ? "" : "s"}`;

/** The end-of-import report: rows read, what was inserted, updated, left unchanged, removed and skipped, and why. */
export function formatSummary(summary: ImportSummary): string {
  const lines = [
    `${summary.dryRun ? "Dry run (nothing written)" : "Imported"}: ${summary.file} (${summary.format}), sha256 ${summary.checksum.slice(0, 12)}…`,
    `Source: ${summary.sourceTitle} [${summary.sourceKey}]${summary.sourceCreated ? " (new source)" : ""}`,
    `Rows read: ${summary.rowsRead.toLocaleString("en-US")}`,
  ];
  const verb = summary.dryRun ? "would be " : "";
  const tables = [
    ["cluster figures", summary.clusters],
    ["industry figures", summary.industries],
    ["IMSS division-months", summary.insured],
    ["establishments", summary.establishments],
    ["published figures", summary.facts],
    ["benchmark totals", summary.benchmarks],
  ] as const;
  for (const [label, table] of tables) {
    const total = table.inserted + table.updated + table.unchanged + table.removed;
    if (total === 0) continue;
    lines.push(
      `${label[0]!.toUpperCase()}${label.slice(1)}: ${table.inserted} ${verb}inserted, ${table.updated} ${verb}updated, ${table.unchanged} unchanged, ${table.removed} ${verb}removed`,
    );
  }
  if (summary.regionsCreated.length > 0)
    lines.push(
      `New regions: ${summary.regionsCreated.length} (${summary.regionsCreated.slice(0, 10).join(", ")}${summary.regionsCreated.length > 10 ? ", …" : ""})`,
    );
  if (summary.industriesCreated > 0) lines.push(`New industry codes: ${summary.industriesCreated}`);
  if (summary.skipped.length > 0) {
    lines.push(
      `Skipped: ${plural(
        summary.skipped.reduce((sum, entry) => sum + entry.rows, 0),
        "row",
      )}`,
    );
    for (const entry of summary.skipped) lines.push(`  ${plural(entry.rows, "row")}: ${entry.reason}`);
  }
  for (const note of summary.notes) lines.push(`Note: ${note}`);
  if (!summary.changed) lines.push("No change: the database already holds exactly this file.");
  return lines.join("\n");
}
