import type { ComparisonData } from "./compare-data";
import type { RegionChoice } from "./queries/compare";

/** One query key per comparison (its regions or its peer set), shared by the server prefetch and the client hook. */
export const comparisonQueryKey = (r: readonly string[], set: string) =>
  ["comparison", r.join(","), r.length > 0 ? "" : set] as const;

export const comparisonSearch = (r: readonly string[], set: string) => {
  const params = new URLSearchParams();
  if (r.length > 0) params.set("r", r.join(","));
  else if (set) params.set("set", set);
  return params.toString();
};

export async function fetchComparison(r: readonly string[], set: string): Promise<ComparisonData> {
  const response = await fetch(`/api/compare?${comparisonSearch(r, set)}`);
  if (!response.ok) throw new Error(`Could not load the comparison (${response.status})`);
  return (await response.json()) as ComparisonData;
}

/** Every region the picker can offer; fetched once and filtered in the browser as the user types. */
export const regionChoicesQueryKey = ["region-choices"] as const;

export async function fetchRegionChoices(): Promise<RegionChoice[]> {
  const response = await fetch("/api/regions");
  if (!response.ok) throw new Error(`Could not load the regions (${response.status})`);
  return ((await response.json()) as { regions: RegionChoice[] }).regions;
}
