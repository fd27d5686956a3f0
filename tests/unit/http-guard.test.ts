import { describe, expect, it } from "vitest";
import {
  contentSecurityPolicy,
  maxQueryLength,
  parseFrameAncestors,
  refuseRequest,
  securityHeaders,
} from "../../lib/http-guard";
import { decodeDeckItem, maxDeckSlides } from "../../lib/deck";

describe("requests refused before any page runs", () => {
  it.each([
    ["TRACE", "/", "", 405, "method TRACE is not supported"],
    ["DELETE", "/api/health", "", 405, "method DELETE is not supported"],
    ["GET", "/clusters/%FF", "", 400, "the path holds a malformed %-escape"],
    ["GET", "/clusters/%E0%A4%A", "", 400, "the path holds a malformed %-escape"],
    ["GET", "/regions/%00", "", 400, "the path holds a NUL byte"],
    ["GET", "/api/export/region-portfolio", "?code=%00", 400, "the query holds a NUL byte (%00)"],
    [
      "GET",
      "/present",
      `?${"v=lq&".repeat(2500)}`,
      414,
      `the query is 12500 characters long (at most ${maxQueryLength})`,
    ],
    ["GET", "/present", `?${"v=lq&".repeat(65).slice(0, -1)}`, 400, "the query has more than 64 parameters"],
  ])("%s %s → %i", (method, path, query, status, reason) => {
    expect(refuseRequest(method, path, query)).toEqual({ status, reason });
  });

  it.each([
    ["GET", "/", ""],
    ["HEAD", "/clusters/1", ""],
    ["GET", "/es/regions/06073", "?year=2016"],
    ["GET", "/compare", "?r=06073,02004,cbsa-41740"],
    ["GET", "/clusters/%C3%A1", ""],
  ])("lets %s %s%s through", (method, path, query) => {
    expect(refuseRequest(method, path, query)).toBeNull();
  });
});

describe("security headers", () => {
  it("allows scripts only from the site or with the response's nonce, and framing by the site and the listed partners", () => {
    const policy = contentSecurityPolicy("abc123", ["https://partner.example.org"]);
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).toContain("frame-ancestors 'self' https://partner.example.org");
    expect(policy).toContain("object-src 'none'");
  });

  it("reads partner origins and refuses anything that is not one", () => {
    expect(parseFrameAncestors(undefined)).toEqual([]);
    expect(parseFrameAncestors(" https://a.example.org  http://b.example.org:8080/ ")).toEqual([
      "https://a.example.org",
      "http://b.example.org:8080",
    ]);
    expect(() => parseFrameAncestors("https://a.example.org/page")).toThrow(
      'CALIBAJA_FRAME_ANCESTORS: "https://a.example.org/page" is not an origin',
    );
    expect(() => parseFrameAncestors("*")).toThrow('"*" is not an origin');
  });

  it("adds HSTS only over HTTPS", () => {
    expect(securityHeaders(false)).not.toHaveProperty("Strict-Transport-Security");
    expect(securityHeaders(true)["Strict-Transport-Security"]).toBe("max-age=31536000; includeSubDomains");
    expect(securityHeaders(false)["X-Content-Type-Options"]).toBe("nosniff");
  });
});

describe("deck links are bounded", () => {
  it("reads a view with a handful of filters and refuses one with too many or odd values", () => {
    expect(decodeDeckItem("compare~r=06073,02004~metric=lq")).toEqual({
      kind: "compare",
      params: { r: "06073,02004", metric: "lq" },
    });
    expect(decodeDeckItem(`lq${"~a=1".repeat(13)}`)).toBeNull();
    expect(decodeDeckItem("portfolio~code=\u0000")).toBeNull();
    expect(decodeDeckItem(`lq~region=${"9".repeat(701)}`)).toBeNull();
    expect(maxDeckSlides).toBe(30);
  });
});

describe("database failures in one line", () => {
  it("keeps the driver's cause and drops Prisma's invocation, code frame and wrapper", async () => {
    const { describeDatabaseError, isDatabaseUnavailable } = await import("../../lib/db/availability");
    const prismaError = new Error(
      "\nInvalid `prisma.region.findMany()` invocation in\n/work/lib/import/reference.ts:58:26\n\n  55 export async function x() {\n→ 58     (await prisma.region.findMany(\nCan't reach database server at 127.0.0.1:1",
    );
    expect(describeDatabaseError(prismaError)).toBe("Can't reach database server at 127.0.0.1:1");
    expect(
      describeDatabaseError(
        new Error("Raw query failed. Code: `N/A`. Message: `Can't reach database server at 127.0.0.1:1`"),
      ),
    ).toBe("Can't reach database server at 127.0.0.1:1");
    expect(isDatabaseUnavailable(prismaError)).toBe(true);
    expect(isDatabaseUnavailable(new Error('column "x" does not exist'))).toBe(false);
  });
});
