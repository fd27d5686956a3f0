import fs from "node:fs";
import os from "node:os";
import { describe, expect, inject, it } from "vitest";
import { resiliencePort } from "./server";

const baseUrl = inject("baseUrl");
const pages = [
  "/",
  "/es",
  "/clusters",
  "/es/clusters/1",
  "/regions",
  "/regions/06073",
  "/es/regions/02004",
  "/compare",
  "/methodology",
  "/present",
];
const apiRoutes = [
  "/api/health",
  "/api/og",
  "/api/regions",
  "/api/export/clusters?region=06073",
  ...fs
    .readdirSync("app/api/export")
    .filter((name) => name !== "dataset")
    .map((name) => `/api/export/${name}`),
];

describe("headers on every route", () => {
  it.each(pages)("page %s: a script policy with this response's nonce on every script", async (path) => {
    const response = await fetch(`${baseUrl}${path}`);
    expect(response.status).toBe(200);
    const policy = response.headers.get("content-security-policy") ?? "";
    const nonce = /script-src 'self' 'nonce-([A-Za-z0-9+/=]+)' 'strict-dynamic'/.exec(policy)?.[1];
    expect(nonce, policy).toBeTruthy();
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(policy).toContain("frame-ancestors 'self'");
    const html = await response.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(response.headers.get("permissions-policy")).toContain("camera=()");
    expect(response.headers.get("strict-transport-security")).toBeNull();
  });

  it("a fresh nonce per response", async () => {
    const nonces = await Promise.all(
      [1, 2, 3].map(async () => (await fetch(`${baseUrl}/methodology`)).headers.get("content-security-policy")),
    );
    expect(new Set(nonces).size).toBe(3);
  });

  it.each(apiRoutes)("%s: nosniff, referrer and permissions policies", async (path) => {
    const response = await fetch(`${baseUrl}${path}`);
    expect(response.status).toBeLessThan(500);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(response.headers.get("permissions-policy")).toContain("camera=()");
  });

  it("HSTS when the request came over HTTPS (a proxy in front says so)", async () => {
    const response = await fetch(`${baseUrl}/methodology`, { headers: { "X-Forwarded-Proto": "https" } });
    expect(response.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
  });

  it("never copies Host or X-Forwarded-Host into a header", async () => {
    const response = await fetch(`${baseUrl}/`, {
      headers: { "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "https" },
    });
    expect(response.status).toBe(200);
    for (const [name, value] of response.headers) expect(`${name}: ${value}`).not.toContain("evil.example");
    expect(response.headers.get("link")).toBeNull();
  });
});

describe("requests refused with the reason", () => {
  it("a trailing slash redirects once, the query written once", async () => {
    const response = await fetch(`${baseUrl}/es/clusters/?type=traded&sort=lq`, { redirect: "manual" });
    expect(response.status).toBe(301);
    expect(response.headers.get("location")).toBe("/es/clusters?type=traded&sort=lq");
    expect(response.headers.get("refresh")).toBeNull();
  });

  it.each([
    ["TRACE", "/", 405, "method TRACE is not supported"],
    ["DELETE", "/api/health", 405, "method DELETE is not supported"],
    ["POST", "/clusters", 405, "method POST is not supported"],
  ])("%s %s → %i", async (method, path, status, reason) => {
    // fetch() itself refuses TRACE; a raw request is what a probe sends.
    const answer = await rawRequest(method, path);
    expect(answer.status).toBe(status);
    expect(answer.body).toBe(`${reason}\n`);
    expect(answer.headers.allow).toBe("GET, HEAD, OPTIONS");
  });

  it.each([
    ["/clusters/%FF", "/clusters/%FF", 400, "the path holds a malformed %-escape"],
    ["/regions/%E0%A4%A", "/regions/%E0%A4%A", 400, "the path holds a malformed %-escape"],
    ["NUL in code=", "/api/export/region-portfolio?code=%00", 400, "the query holds a NUL byte (%00)"],
    [
      "2,500 slides",
      `/present?${"v=lq&".repeat(2500).slice(0, -1)}`,
      414,
      "the query is 12499 characters long (at most 4096)",
    ],
  ])("GET %s → %i", async (_label, path, status, reason) => {
    const response = await fetch(`${baseUrl}${path}`);
    expect(response.status).toBe(status);
    expect(await response.text()).toBe(`${reason}\n`);
  });

  it.each([
    ["/present?v=cluster~code=1e308", "cluster"],
    ["/present?v=cluster~code=9007199254740993", "cluster"],
    ["/present?v=portfolio~code=%01", "portfolio~code=\u0001"],
  ])("%s: the deck without that slide and a notice naming it", async (path, named) => {
    const response = await fetch(`${baseUrl}${path}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("Some views in the link could not be read and were left out:");
    expect(html).toContain(named.replace("\u0001", "&#1;").split("~")[0]);
  });

  it("a deck link of 40 slides shows the first 30 and says so", async () => {
    const response = await fetch(`${baseUrl}/present?${"v=lq~top=10&".repeat(40)}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(/class="slide-notice"[^>]*>([^<]*)</.exec(html)?.[1]).toBe(
      "This link holds 40 slides; a presentation shows at most 30, so the first 30 are shown.",
    );
    // The title slide and 30 chart slides.
    expect(/data-testid="slide-counter">([^<]*)</.exec(html)?.[1]).toBe("Slide 1 of 31");
  });

  it("the server listens on 127.0.0.1 only unless HOST says otherwise", async () => {
    const external = Object.values(os.networkInterfaces())
      .flat()
      .find((address) => address && address.family === "IPv4" && !address.internal);
    if (!external) return;
    await expect(fetch(`http://${external.address}:${resiliencePort}/api/health`)).rejects.toThrow();
  });
});

async function rawRequest(method: string, path: string) {
  const http = await import("node:http");
  const url = new URL(path, baseUrl);
  return new Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }>(
    (resolve, reject) => {
      const request = http.request(url, { method }, (response) => {
        let body = "";
        response.on("data", (chunk: Buffer) => (body += chunk.toString()));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body, headers: response.headers }));
      });
      request.on("error", reject);
      request.end();
    },
  );
}
