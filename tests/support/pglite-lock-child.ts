// A second process for the lock tests: `hold <dir>` takes the lock and waits to be killed;
// `try <dir>` takes it and exits, printing "locked" or the refusal.
import { lockPgliteDir } from "../../lib/db/pglite-lock";

const [mode, dir] = process.argv.slice(2);
try {
  lockPgliteDir(dir!);
  process.stdout.write("locked\n");
  if (mode === "hold") setInterval(() => {}, 1000);
} catch (error) {
  process.stdout.write(`${(error as Error).message}\n`);
}
