import type { ClusterObservationView } from "../queries/cluster-detail";

/** The cluster page's chart rows: every region's LQ in the latest year that has LQs, highest first. */
export function latestLqByRegion(observations: readonly ClusterObservationView[]) {
  const withLq = observations.filter((row) => row.locationQuotient !== null);
  if (withLq.length === 0) return { year: null, rows: [] };
  const year = Math.max(...withLq.map((row) => row.year));
  // Two files can publish the same region's figure (California is in the California and the all-states
  // CMP files, identical): one bar per region.
  const oneEach = new Map(withLq.filter((row) => row.year === year).map((row) => [row.regionCode, row]));
  return { year, rows: [...oneEach.values()].sort((a, b) => b.locationQuotient! - a.locationQuotient!) };
}
