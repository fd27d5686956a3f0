import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DatabaseInUseError, lockPgliteDir } from "../../lib/db/pglite-lock";

const folders: string[] = [];
const children: ChildProcess[] = [];
const newFolder = () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "calibaja-lock-"));
  folders.push(folder);
  const dir = path.join(folder, "pglite");
  fs.mkdirSync(dir);
  return dir;
};
afterEach(() => {
  children.splice(0).forEach((child) => child.kill("SIGKILL"));
  folders.splice(0).forEach((folder) => fs.rmSync(folder, { recursive: true, force: true }));
});

const childScript = path.resolve("tests/support/pglite-lock-child.ts");
/** Another writer: a separate Node.js process taking the same folder's lock. */
const tryLock = (dir: string) =>
  spawnSync(process.execPath, ["--import", "tsx", childScript, "try", dir], { encoding: "utf8" }).stdout.trim();
async function holdLock(dir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", childScript, "hold", dir]);
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) =>
      chunk.toString().includes("locked") ? resolve() : reject(new Error(chunk.toString())),
    );
    child.once("exit", () => reject(new Error("the holder exited")));
  });
  return child;
}

describe("the embedded database's folder lock", () => {
  it("refuses a second writer while the first lives, naming it", async () => {
    const dir = newFolder();
    const holder = await holdLock(dir);
    expect(tryLock(dir)).toBe(
      `The embedded database at ${dir} is in use by process ${holder.pid} (the dashboard server, or an import?). Stop it first, or run the dashboard on PostgreSQL (DATABASE_URL) to import while it serves.`,
    );
    expect(() => lockPgliteDir(dir)).toThrow(DatabaseInUseError);
  });

  it.runIf(process.platform === "linux")(
    "still refuses the second writer when the lock file beside the folder has been deleted",
    async () => {
      const dir = newFolder();
      await holdLock(dir);
      fs.rmSync(`${dir}.lock`);
      expect(tryLock(dir)).toMatch(new RegExp(`^The embedded database at ${dir} is in use by another process`));
    },
  );

  it("is free as soon as the holder is killed, with no clean-up (SIGKILL)", async () => {
    const dir = newFolder();
    const holder = await holdLock(dir);
    holder.kill("SIGKILL");
    await new Promise((resolve) => holder.once("exit", resolve));
    expect(tryLock(dir)).toBe("locked");
  });

  it("lets the owning process open it again, and releases it when every opener has", () => {
    const dir = newFolder();
    const first = lockPgliteDir(dir);
    const second = lockPgliteDir(dir);
    first();
    expect(tryLock(dir)).toMatch(/is in use by process/);
    second();
    expect(tryLock(dir)).toBe("locked");
    expect(fs.existsSync(`${dir}.lock`)).toBe(false);
  });
});
