import net from "node:net";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPostgresDatabase, postgresAdminUrl } from "../integration/test-databases";
import { startServer, type RunningServer } from "./server";

/**
 * The database goes away under a running production server: PostgreSQL refuses connections to the
 * server's own database (ALLOW_CONNECTIONS false, its sessions terminated), then allows them again.
 */
const port = 3410;
const base = `http://127.0.0.1:${port}`;
let database: { url: string; drop: () => Promise<void> };
let databaseName: string;
let server: RunningServer;

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: postgresAdminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
const refuseConnections = async () => {
  await admin(`ALTER DATABASE "${databaseName}" ALLOW_CONNECTIONS false`);
  await admin(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${databaseName}'`);
};
const allowConnections = () => admin(`ALTER DATABASE "${databaseName}" ALLOW_CONNECTIONS true`);

async function timed(path: string) {
  const started = performance.now();
  const response = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(30_000) });
  const body = await response.text();
  return { status: response.status, body, ms: performance.now() - started, headers: response.headers };
}
async function until(check: () => Promise<boolean>, seconds: number) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

describe("PostgreSQL refuses connections, then comes back", () => {
  beforeAll(async () => {
    database = await createPostgresDatabase("outage");
    databaseName = new URL(database.url).pathname.slice(1);
    server = await startServer({ DATABASE_URL: database.url }, undefined, port);
  }, 300_000);
  afterAll(async () => {
    await allowConnections().catch(() => {});
    await server?.stop();
    await database?.drop();
  });

  it("a page streamed whole while the database answers", async () => {
    expect((await timed("/")).status).toBe(200);
    expect((await timed("/api/health")).status).toBe(200);
  });

  it("the dataset download fails visibly when the database goes away in the middle", async () => {
    const response = await fetch(`${base}/api/export/dataset`);
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    let received = (await reader.read()).value?.byteLength ?? 0;
    await refuseConnections();
    const reading = (async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return "complete";
        received += value.byteLength;
      }
    })();
    await expect(reading).rejects.toThrow();
    expect(received).toBeGreaterThan(0);
    await allowConnections();
    // Back before the next test refuses again: the shared state re-probes within 2 s.
    await until(async () => (await timed("/api/health")).status === 200, 15);
  });

  it("pages and exports answer 503 in the page's language, health within 2 s; one log line per outage", async () => {
    await refuseConnections();
    const before = server.log();
    const health = await timed("/api/health");
    expect(health.status).toBe(503);
    expect(health.ms).toBeLessThan(2_000);
    expect(await until(async () => (await timed("/")).status === 503, 10)).toBe(true);
    const english = await timed("/clusters");
    expect(english.status).toBe(503);
    expect(english.body).toContain("The dashboard cannot reach its database");
    expect(english.headers.get("retry-after")).toBe("10");
    const spanish = await timed("/es/regions/02004");
    expect(spanish.status).toBe(503);
    expect(spanish.body).toContain("El tablero no puede consultar su base de datos");
    const exported = await timed("/api/export/clusters?region=06073");
    expect(exported.status).toBe(503);
    expect(JSON.parse(exported.body).error).toBe("The database is not answering; try again in a few seconds.");
    for (let index = 0; index < 30; index += 1) expect((await timed("/methodology")).status).toBe(503);
    const logged = server.log().slice(before.length);
    expect(logged.match(/database unavailable/g)?.length ?? 0).toBeLessThanOrEqual(1);
    expect(logged.split("\n").length).toBeLessThan(10);
  });

  it("recovers by itself when connections are allowed again", async () => {
    await allowConnections();
    expect(await until(async () => (await timed("/")).status === 200, 15)).toBe(true);
    expect((await timed("/api/health")).status).toBe(200);
    expect(server.log()).toMatch(/database available again after \d+ s/);
  });
});

describe("a database that accepts connections and never answers", () => {
  let silent: net.Server;
  let hangingServer: RunningServer;
  const sockets = new Set<net.Socket>();
  beforeAll(async () => {
    silent = net.createServer((socket) => void sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const silentPort = (silent.address() as net.AddressInfo).port;
    hangingServer = await startServer(
      { DATABASE_URL: `postgresql://postgres@127.0.0.1:${silentPort}/calibaja` },
      undefined,
      port + 1,
      { migrate: false },
    );
  }, 120_000);
  afterAll(async () => {
    await hangingServer?.stop();
    for (const socket of sockets) socket.destroy();
    silent?.close();
  });

  it("health and pages answer 503 within 2 s instead of hanging", async () => {
    const health = await fetch(`http://127.0.0.1:${port + 1}/api/health`);
    expect(health.status).toBe(503);
    for (const path of ["/", "/es/clusters", "/api/export/clusters"]) {
      const started = performance.now();
      const response = await fetch(`http://127.0.0.1:${port + 1}${path}`);
      expect(response.status, path).toBe(503);
      expect(performance.now() - started, path).toBeLessThan(2_000);
    }
  });
});
