import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DatabaseInUseError, lockPgliteDir } from "../../lib/db/pglite-lock";

const folders: string[] = [];
const newFolder = () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "calibaja-lock-"));
  folders.push(folder);
  return path.join(folder, "pglite");
};
afterEach(() => folders.splice(0).forEach((folder) => fs.rmSync(folder, { recursive: true, force: true })));

describe("the embedded database's folder lock", () => {
  it("refuses a second owner while the first process lives, naming it, and lets go when released", async () => {
    const dir = newFolder();
    const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
    try {
      fs.writeFileSync(`${dir}.lock`, String(other.pid));
      expect(() => lockPgliteDir(dir)).toThrow(DatabaseInUseError);
      expect(() => lockPgliteDir(dir)).toThrow(`The embedded database at ${dir} is in use by process ${other.pid}`);
      expect(fs.readFileSync(`${dir}.lock`, "utf8")).toBe(String(other.pid));
    } finally {
      other.kill();
    }
  });

  it("takes over a lock left by a process that has died, and removes its own on release", () => {
    const dir = newFolder();
    const dead = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]).stdout.toString();
    fs.writeFileSync(`${dir}.lock`, dead);
    const release = lockPgliteDir(dir);
    expect(fs.readFileSync(`${dir}.lock`, "utf8")).toBe(String(process.pid));
    release();
    expect(fs.existsSync(`${dir}.lock`)).toBe(false);
  });

  it("lets the owning process open it again without deadlocking itself", () => {
    const dir = newFolder();
    const release = lockPgliteDir(dir);
    expect(() => lockPgliteDir(dir)()).not.toThrow();
    release();
  });
});
