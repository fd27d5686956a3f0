import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";

export const resiliencePort = Number(process.env.RESILIENCE_PORT ?? 3400);
export const baseUrl = `http://127.0.0.1:${resiliencePort}`;
const pgliteDir = ".data/resilience-pglite";

/** Where the shared server's output goes, so that tests can read what it logged. */
export const serverLogFile = ".data/resilience-server.log";

export type RunningServer = { process: ChildProcess; log: () => string; stop: () => Promise<void> };

/**
 * The production build (`npm run build` first) served the way a user serves it: `npm run serve`
 * on a fresh embedded database, or on DATABASE_URL's PostgreSQL when it is set.
 */
export async function startServer(
  env: Record<string, string> = {},
  logFile?: string,
  port = resiliencePort,
  { migrate = true } = {},
): Promise<RunningServer> {
  if (!fs.existsSync(".next/BUILD_ID"))
    throw new Error("The resilience tests need the production build: npm run build");
  if (!(env.DATABASE_URL ?? process.env.DATABASE_URL)) fs.rmSync(pgliteDir, { recursive: true, force: true });
  let output = "";
  // Without migrations (a database that cannot answer) the server starts as `npm run serve` does after them.
  const command = migrate
    ? ["run", "--silent", "serve", "--", "-p", String(port)]
    : ["exec", "--", "next", "start", "-H", "localhost", "-p", String(port)];
  const child = spawn("npm", command, {
    env: { ...process.env, PGLITE_DIR: pgliteDir, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  if (logFile) fs.writeFileSync(logFile, "");
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    if (logFile) fs.appendFileSync(logFile, chunk);
  };
  child.stdout!.on("data", collect);
  child.stderr!.on("data", collect);
  const stop = async () => {
    if (child.exitCode !== null) return;
    process.kill(-child.pid!, "SIGTERM");
    await new Promise((resolve) => child.once("exit", resolve));
  };
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server stopped while starting:\n${output}`);
    try {
      const health = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (health.ok || !migrate) return { process: child, log: () => output, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error(`The server did not answer within 240 s:\n${output}`);
}
