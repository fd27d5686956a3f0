import "server-only";
import { defaultPeerSet, type CompareFilters } from "./filters";
import {
  getClusterNames,
  getComparedRegions,
  getComparisonCells,
  getComparisonYear,
  getMostSimilarRegions,
  getPeerSets,
  type ClusterName,
  type ComparedRegion,
  type ComparisonCell,
  type PeerSetSummary,
} from "./queries/compare";

/** Everything a comparison view draws, for the page, its route handler, its CSV exports and its slides alike. */
export type ComparisonData = {
  year: number | null;
  regions: ComparedRegion[];
  /** Codes asked for that the dashboard does not hold (said on the page, never silently dropped). */
  unknownCodes: string[];
  /** A peer set the URL named that does not exist (the border metros are shown instead). */
  unknownSet: string | null;
  /** The peer set the regions come from, when they came from one. */
  set: PeerSetSummary | null;
  /** For a "similar" set: each member's similarity to the anchor. */
  similarity: { regionCode: string; similarity: number }[];
  clusters: ClusterName[];
  cells: ComparisonCell[];
};

/**
 * Resolves the regions to compare — the URL's list, else the named peer set, else the border metros —
 * and loads their cluster figures in the year most of them have location quotients for.
 */
export async function loadComparison(filters: Pick<CompareFilters, "r" | "set">): Promise<ComparisonData> {
  const sets = await getPeerSets();
  const named = (key: string) => sets.find((entry) => entry.key === key) ?? null;
  const unknownSet = filters.r.length === 0 && filters.set !== "" && !named(filters.set) ? filters.set : null;
  const set = filters.r.length > 0 ? null : named(unknownSet ? defaultPeerSet : filters.set || defaultPeerSet);
  let codes = filters.r;
  let similarity: ComparisonData["similarity"] = [];
  if (set?.kind === "list") codes = set.members;
  if (set?.kind === "similar" && set.anchorRegionCode && set.size) {
    const anchorYear = await getComparisonYear([set.anchorRegionCode]);
    similarity = anchorYear === null ? [] : await getMostSimilarRegions(set.anchorRegionCode, anchorYear, set.size);
    codes = [set.anchorRegionCode, ...similarity.map((entry) => entry.regionCode)];
  }
  const [regions, clusters] = await Promise.all([getComparedRegions(codes), getClusterNames()]);
  const known = regions.map((region) => region.code);
  const year = await getComparisonYear(known);
  return {
    year,
    regions,
    unknownCodes: codes.filter((code) => !known.includes(code)),
    unknownSet,
    set,
    similarity,
    clusters,
    cells: year === null ? [] : await getComparisonCells(known, year),
  };
}
