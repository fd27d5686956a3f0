// Generates the Prisma client into lib/generated/prisma. The client needs no native engine (it uses
// driver adapters), but the CLI insists on one at start and would download it; pointing it at any
// existing file lets `prisma generate` run offline. A real engine path set by the user is kept.
import { spawnSync } from "node:child_process";

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
const result = spawnSync("npx", ["prisma", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
