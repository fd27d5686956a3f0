/**
 * Whether the database answers, known before a page starts streaming. A page streams its 200 before
 * its sections query the database, so an outage would reach users (and monitoring) as a 200 with an
 * error inside; asking first lets the server answer 503 instead. The answer is shared by every
 * request for a short while, so an outage costs one probe per interval, not one per request, and
 * is logged once when it starts and once when it ends.
 */

/** How long a probe may take before the database counts as unavailable (the health route answers within 2 s). */
export const probeTimeoutMs = 1_500;
/** How long an answer is reused: while healthy, and between probes while down. */
const reuseHealthyMs = 5_000;
const retryDownMs = 2_000;

export type Availability = { ok: true } | { ok: false; reason: string; since: number };

type State = {
  current: Availability | null;
  checkedAt: number;
  probing: Promise<Availability> | null;
};
// One state per process, shared by the proxy and the route handlers (separate module graphs in Next.js).
const globalState = globalThis as unknown as { calibajaAvailability?: State };
const state = (globalState.calibajaAvailability ??= { current: null, checkedAt: 0, probing: null });

/**
 * A one-line reason for a failed query: the driver's cause, without stack, SQL or code frame. Prisma
 * puts the cause last, after "Invalid `prisma.x()` invocation in <file>" and the lines of code.
 */
export function describeDatabaseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // A raw query's failure wraps the driver's message: "Raw query failed. Code: `N/A`. Message: `…`".
  const wrapped = /Message: `([^`]+)`/.exec(message)?.[1];
  if (wrapped) return wrapped.slice(0, 200);
  const lines = message
    .split("\n")
    .map((line) => line.trim())
    .filter(
      (line) => line !== "" && !/^Invalid `/.test(line) && !/^(→\s*)?\d+\s/.test(line) && !/:\d+:\d+$/.test(line),
    );
  return (lines.at(-1) ?? message.trim()).slice(0, 200);
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error) => (clearTimeout(timer), reject(error)),
    );
  });
}

function record(next: Availability, now: number) {
  const previous = state.current;
  if (!next.ok && (previous === null || previous.ok))
    console.error(
      `[calibaja] database unavailable: ${next.reason}. Pages and exports answer 503 until it is back (checked every ${retryDownMs / 1000} s).`,
    );
  if (next.ok && previous && !previous.ok)
    console.log(`[calibaja] database available again after ${Math.round((now - previous.since) / 1000)} s.`);
  state.current = next.ok || !previous || previous.ok ? next : { ...next, since: previous.since };
  state.checkedAt = now;
}

/**
 * The database's availability, probing it (with `probe`, a cheap query) only when the last answer
 * is older than its reuse interval; concurrent callers share one probe.
 */
export async function databaseAvailability(probe: () => Promise<unknown>): Promise<Availability> {
  const now = Date.now();
  const current = state.current;
  if (current && now - state.checkedAt < (current.ok ? reuseHealthyMs : retryDownMs)) return current;
  state.probing ??= withTimeout(probe(), probeTimeoutMs)
    .then((): Availability => ({ ok: true }))
    .catch((error: unknown): Availability => ({ ok: false, reason: describeDatabaseError(error), since: Date.now() }))
    .then((answer) => {
      record(answer, Date.now());
      state.probing = null;
      return state.current!;
    });
  return state.probing;
}

/** Where the server registers its probe (instrumentation.ts), for the proxy, which must not load Prisma itself. */
const globalProbe = globalThis as unknown as { calibajaProbeDatabase?: () => Promise<unknown> };
export const registerDatabaseProbe = (probe: () => Promise<unknown>) =>
  void (globalProbe.calibajaProbeDatabase = probe);
export const registeredDatabaseProbe = () => globalProbe.calibajaProbeDatabase;

/** Tells the shared state the database answered (the health route's own query). */
export function reportDatabaseAvailable(): void {
  record({ ok: true }, Date.now());
}

/**
 * Tells the shared state about a query that failed for lack of a database (a route or page that ran
 * while the last probe still said "available"), so the next requests get 503 without waiting.
 */
export function reportDatabaseFailure(error: unknown): void {
  record({ ok: false, reason: describeDatabaseError(error), since: Date.now() }, Date.now());
}

/** Errors that mean "no database to ask", as opposed to a bad query. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const text = `${error instanceof Error ? `${error.name} ${error.message}` : String(error)} ${
    (error as { code?: string })?.code ?? ""
  } ${(error as { cause?: unknown })?.cause instanceof Error ? ((error as { cause: Error }).cause.message ?? "") : ""}`;
  return /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|Connection terminated|connection timeout|timeout exceeded when trying to connect|does not allow connections|terminating connection|the database system is (starting|shutting) down|Can't reach database|P1001|P1002|P1017|statement timeout|canceling statement due to/i.test(
    text,
  );
}
