// Load one URL with autocannon at a fixed number of connections and keep every response time, so the
// percentiles are exact (autocannon's own table has no p95).
import autocannon from "autocannon";

export type LoadFigures = {
  connections: number;
  seconds: number;
  requests: number;
  non2xx: number;
  errors: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
};

export const percentile = (sorted: readonly number[], share: number) =>
  sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;

export async function load(url: string, connections: number, seconds: number): Promise<LoadFigures> {
  const times: number[] = [];
  let non2xx = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: seconds, timeout: 60 }, (error, finished) =>
      error ? reject(error) : resolve(finished),
    );
    instance.on("response", (_client, statusCode: number, _bytes, responseTime: number) => {
      times.push(responseTime);
      if (statusCode < 200 || statusCode > 299) non2xx++;
    });
  });
  times.sort((a, b) => a - b);
  return {
    connections,
    seconds,
    requests: times.length,
    non2xx,
    errors: result.errors + result.timeouts,
    requestsPerSecond: times.length / seconds,
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    p99: percentile(times, 0.99),
  };
}

/** The median of each figure over repeated loads of one URL; failures are summed, never averaged away. */
export function medianFigures(runs: readonly LoadFigures[]): LoadFigures {
  const median = (pick: (figures: LoadFigures) => number) =>
    percentile(
      runs.map(pick).sort((a, b) => a - b),
      0.5,
    );
  return {
    connections: runs[0]!.connections,
    seconds: runs[0]!.seconds,
    requests: runs.reduce((sum, figures) => sum + figures.requests, 0),
    non2xx: runs.reduce((sum, figures) => sum + figures.non2xx, 0),
    errors: runs.reduce((sum, figures) => sum + figures.errors, 0),
    requestsPerSecond: median((figures) => figures.requestsPerSecond),
    p50: median((figures) => figures.p50),
    p95: median((figures) => figures.p95),
    p99: median((figures) => figures.p99),
  };
}
