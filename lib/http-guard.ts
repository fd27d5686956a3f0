/**
 * What every response carries and which requests are refused before any page or export runs. Kept
 * free of Next.js so the rules can be unit-tested; proxy.ts applies them.
 */

/** The methods the dashboard answers; TRACE and the rest get 405, not an unhandled error. */
export const allowedMethods = ["GET", "HEAD", "OPTIONS"] as const;

/**
 * The longest query string a view needs is a 30-region comparison or a 30-slide deck (about 2 kB);
 * longer ones are refused before they cause work.
 */
export const maxQueryLength = 4096;
/** No view has more than a few dozen parameters (a 30-slide deck has 31). */
export const maxQueryParameters = 64;

export type Refusal = { status: 400 | 405 | 414; reason: string };

/** A method the dashboard does not answer, or null. */
export function refuseMethod(method: string): Refusal | null {
  return (allowedMethods as readonly string[]).includes(method)
    ? null
    : { status: 405, reason: `method ${method.slice(0, 16)} is not supported` };
}

/** Why a request is refused before routing, or null when it may go on. */
export function refuseRequest(method: string, rawPath: string, rawQuery: string): Refusal | null {
  const wrongMethod = refuseMethod(method);
  if (wrongMethod) return wrongMethod;
  try {
    decodeURIComponent(rawPath);
  } catch {
    return { status: 400, reason: "the path holds a malformed %-escape" };
  }
  if (rawPath.includes("%00") || rawPath.includes("\0")) return { status: 400, reason: "the path holds a NUL byte" };
  const query = rawQuery.replace(/^\?/, "");
  // No parameter of any view holds a NUL; PostgreSQL refuses one in text with an error, not a miss.
  if (/%00/.test(query)) return { status: 400, reason: "the query holds a NUL byte (%00)" };
  if (query.length > maxQueryLength)
    return { status: 414, reason: `the query is ${query.length} characters long (at most ${maxQueryLength})` };
  if (query !== "" && query.split("&").length > maxQueryParameters)
    return { status: 400, reason: `the query has more than ${maxQueryParameters} parameters` };
  return null;
}

/** Partner sites allowed to embed the dashboard in a frame: CALIBAJA_FRAME_ANCESTORS, space-separated origins. */
export function parseFrameAncestors(value: string | undefined): string[] {
  const origins = (value ?? "").split(/\s+/).filter(Boolean);
  for (const origin of origins) {
    let url: URL | null = null;
    try {
      url = new URL(origin);
    } catch {
      // Reported below.
    }
    if (!url || !["https:", "http:"].includes(url.protocol) || url.origin !== origin.replace(/\/$/, ""))
      throw new Error(
        `CALIBAJA_FRAME_ANCESTORS: ${JSON.stringify(origin)} is not an origin (https://partner.example.org)`,
      );
  }
  return origins.map((origin) => origin.replace(/\/$/, ""));
}

/**
 * The Content-Security-Policy of a page: scripts only from this site or carrying this response's
 * nonce (Next.js puts it on its own scripts; the layout on the theme script). Styles allow inline
 * attributes because charts position their labels with style attributes; that cannot run code.
 */
export function contentSecurityPolicy(nonce: string, frameAncestors: string[], development = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${["'self'", ...frameAncestors].join(" ")}`,
  ].join("; ");
}

/** Headers every response carries, whatever it is. */
export function securityHeaders(https: boolean): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    ...(https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}
