import type { RankedCluster, RankingFilters } from "./queries/cluster-ranking";

/** One query key for the ranking, shared by the server prefetch and the client hook. */
export const rankingQueryKey = (filters: RankingFilters) => ["cluster-ranking", filters.region, filters.year, filters.type] as const;

export async function fetchRanking(filters: RankingFilters): Promise<RankedCluster[]> {
  const params = new URLSearchParams({ region: filters.region, year: String(filters.year), type: filters.type });
  const response = await fetch(`/api/clusters/ranking?${params}`);
  if (!response.ok) throw new Error(`Could not load the ranking (${response.status})`);
  return ((await response.json()) as { rows: RankedCluster[] }).rows;
}
