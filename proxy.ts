import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { routing } from "./i18n/routing";
import { databaseAvailability, registeredDatabaseProbe } from "./lib/db/availability";
import { unavailablePage, unavailableApiMessage, unavailableRetryAfterSeconds } from "./lib/unavailable-page";
import { contentSecurityPolicy, parseFrameAncestors, refuseRequest, securityHeaders } from "./lib/http-guard";

const localeRouting = createMiddleware(routing);
const frameAncestors = parseFrameAncestors(process.env.CALIBAJA_FRAME_ANCESTORS);
const development = process.env.NODE_ENV === "development";

export default async function proxy(request: NextRequest) {
  const url = request.nextUrl;
  const https = (request.headers.get("x-forwarded-proto") ?? url.protocol.replace(/:$/, "")) === "https";
  // Next.js's URL object normalises the path (a trailing slash removed); the guard reads it as sent.
  const sent = new URL(request.url);
  const refusal = refuseRequest(request.method, sent.pathname, sent.search);
  if (refusal) {
    // One line per refused request: enough to see a probe, never a stack trace.
    console.warn(`[calibaja] ${refusal.status} ${request.method.slice(0, 16)}: ${refusal.reason}`);
    return withHeaders(
      new NextResponse(`${refusal.reason}\n`, {
        status: refusal.status,
        headers: {
          "Content-Type": "text/plain; charset=utf-8",
          ...(refusal.status === 405 ? { Allow: "GET, HEAD, OPTIONS" } : {}),
        },
      }),
      https,
    );
  }
  // Next.js answers a 308 with the address twice (Location and a Refresh header); a 301 carries it once.
  if (sent.pathname.length > 1 && sent.pathname.endsWith("/")) {
    const target = new URL(`${sent.pathname.replace(/\/+$/, "") || "/"}${sent.search}`, sent);
    return withHeaders(NextResponse.redirect(target, 301), https);
  }
  // Pages answer GET and HEAD only; Next.js would answer OPTIONS on a page with 400.
  if (request.method === "OPTIONS" && !url.pathname.startsWith("/api/"))
    return withHeaders(new NextResponse(null, { status: 204, headers: { Allow: "GET, HEAD, OPTIONS" } }), https);
  const isFile = /\.[^/]+$/.test(url.pathname);
  const isApi = url.pathname.startsWith("/api/");
  // The health route asks the database itself, within its own time limit.
  const probe = registeredDatabaseProbe();
  if (probe && !isFile && url.pathname !== "/api/health") {
    const availability = await databaseAvailability(probe);
    if (!availability.ok) return withHeaders(unavailableResponse(url.pathname, isApi), https);
  }
  // Exports, the health check and files (icons, robots.txt) are not localised pages.
  if (isApi || isFile) return withHeaders(NextResponse.next(), https);

  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = contentSecurityPolicy(nonce, frameAncestors, development);
  // Next.js reads the nonce from the request's policy and puts it on every script it renders.
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  headers.set("x-nonce", nonce);
  const response = localeRouting(new NextRequest(request, { headers }));
  response.headers.set("Content-Security-Policy", policy);
  return withHeaders(response, https);
}

function unavailableResponse(pathname: string, isApi: boolean) {
  const locale = pathname === "/es" || pathname.startsWith("/es/") ? "es" : "en";
  const headers = { "Retry-After": String(unavailableRetryAfterSeconds), "Cache-Control": "no-store" };
  if (isApi) return NextResponse.json({ error: unavailableApiMessage(locale) }, { status: 503, headers });
  return new NextResponse(unavailablePage(locale), {
    status: 503,
    headers: {
      ...headers,
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'",
    },
  });
}

function withHeaders(response: NextResponse, https: boolean) {
  for (const [name, value] of Object.entries(securityHeaders(https))) response.headers.set(name, value);
  return response;
}

export const config = {
  // Every request but Next.js's hashed static files (headers for those come from next.config.js).
  matcher: "/((?!_next/static|_next/image).*)",
};
