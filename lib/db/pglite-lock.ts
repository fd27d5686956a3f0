import fs from "node:fs";

const heldLocks = new Set<() => void>();

export class DatabaseInUseError extends Error {
  override name = "DatabaseInUseError";
}

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

/**
 * PGlite is one process's database: a second process opening the same folder (an import while the
 * dashboard runs) would corrupt it. A lock file names the owner; a lock left by a process that has
 * died is taken over. Returns the release function.
 */
export function lockPgliteDir(pgliteDir: string): () => void {
  const lockFile = `${pgliteDir.replace(/\/+$/, "")}.lock`;
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: "wx" });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number(fs.readFileSync(lockFile, "utf8").trim());
      if (owner === process.pid) return () => {};
      if (Number.isInteger(owner) && owner > 0 && isRunning(owner)) {
        throw new DatabaseInUseError(
          `The embedded database at ${pgliteDir} is in use by process ${owner} (the dashboard server?). Stop it first, or run the dashboard on PostgreSQL (DATABASE_URL) to import while it serves.`,
        );
      }
      fs.rmSync(lockFile, { force: true });
    }
  }
  const release = () => {
    try {
      if (fs.readFileSync(lockFile, "utf8").trim() === String(process.pid)) fs.rmSync(lockFile, { force: true });
    } catch {
      // Already gone.
    }
  };
  heldLocks.add(release);
  if (heldLocks.size === 1) process.once("exit", () => heldLocks.forEach((held) => held()));
  return () => {
    heldLocks.delete(release);
    release();
  };
}
