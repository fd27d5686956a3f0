import { createHash } from "node:crypto";
import fs from "node:fs";
import net from "node:net";

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

type Held = { count: number; release: () => void };
// Per process, and kept on globalThis: Next.js re-evaluates modules in development while the
// process (and the lock it holds) stays the same.
const globalLocks = globalThis as unknown as { calibajaPgliteLocks?: Map<string, Held> };
const held = (globalLocks.calibajaPgliteLocks ??= new Map());

const ownerFile = (pgliteDir: string) => `${pgliteDir.replace(/\/+$/, "")}.lock`;

function inUse(pgliteDir: string, owner: number | null): DatabaseInUseError {
  const who = owner ? `process ${owner}` : "another process";
  return new DatabaseInUseError(
    `The embedded database at ${pgliteDir} is in use by ${who} (the dashboard server, or an import?). Stop it first, or run the dashboard on PostgreSQL (DATABASE_URL) to import while it serves.`,
  );
}

const readOwner = (pgliteDir: string) => {
  try {
    const owner = Number(fs.readFileSync(ownerFile(pgliteDir), "utf8").trim());
    return Number.isInteger(owner) && owner > 0 ? owner : null;
  } catch {
    return null;
  }
};

/**
 * Linux: the lock is an abstract Unix socket named after the folder's real path. Binding it fails
 * while another process holds it, and the kernel frees it when that process ends, however it ends:
 * no file to delete by hand or to leave behind. The `<dir>.lock` file beside the folder only names
 * the owner for the message.
 */
function lockWithSocket(pgliteDir: string): () => void {
  const key = createHash("sha256").update(fs.realpathSync(pgliteDir)).digest("hex").slice(0, 40);
  const server = net.createServer((socket) => socket.end());
  // The error event comes after listen() returns; whether the bind worked is known at once.
  server.on("error", () => {});
  server.listen({ path: `\0calibaja-pglite-${key}` });
  if (!server.listening) throw inUse(pgliteDir, readOwner(pgliteDir));
  server.unref();
  fs.writeFileSync(ownerFile(pgliteDir), String(process.pid));
  return () => {
    server.close();
    if (readOwner(pgliteDir) === process.pid) fs.rmSync(ownerFile(pgliteDir), { force: true });
  };
}

/** Elsewhere: a lock file naming the owner; one left by a process that has died is taken over. */
function lockWithFile(pgliteDir: string): () => void {
  const lockFile = ownerFile(pgliteDir);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: "wx" });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = readOwner(pgliteDir);
      if (owner && isRunning(owner)) throw inUse(pgliteDir, owner);
      fs.rmSync(lockFile, { force: true });
    }
  }
  return () => {
    if (readOwner(pgliteDir) === process.pid) fs.rmSync(lockFile, { force: true });
  };
}

/**
 * PGlite is one process's database: a second process opening the same folder (an import while the
 * dashboard runs) would corrupt it. Takes the folder's lock (the folder must exist) or throws
 * DatabaseInUseError naming the owner; the same process may take it again. Returns the release.
 */
export function lockPgliteDir(pgliteDir: string): () => void {
  const key = fs.realpathSync(pgliteDir);
  const existing = held.get(key);
  if (existing) {
    existing.count += 1;
  } else {
    const release = process.platform === "linux" ? lockWithSocket(pgliteDir) : lockWithFile(pgliteDir);
    held.set(key, { count: 1, release });
    if (held.size === 1) process.once("exit", () => held.forEach((lock) => lock.release()));
  }
  let released = false;
  return () => {
    const lock = held.get(key);
    if (released || !lock) return;
    released = true;
    lock.count -= 1;
    if (lock.count > 0) return;
    held.delete(key);
    lock.release();
  };
}
