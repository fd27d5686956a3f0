import fs from "node:fs";
import type { TestProject } from "vitest/node";
import { baseUrl, serverLogFile, startServer } from "./server";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** One production server for the fuzzer and the header checks (its output in serverLogFile). */
export default async function setup(project: TestProject) {
  fs.mkdirSync(".data", { recursive: true });
  const server = await startServer({}, serverLogFile);
  project.provide("baseUrl", baseUrl);
  return async () => {
    await server.stop();
  };
}
