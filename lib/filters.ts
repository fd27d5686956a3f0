import { z } from "zod";
import { regions } from "./dataset/regions";
import type { EmploymentView, TopN } from "./calculations/ranking";

/** Regions a dashboard view can be about (not the national and state benchmarks). */
export const dashboardRegionCodes = regions.filter((region) => ["megaregion", "side", "county", "municipio"].includes(region.kind)).map((region) => region.code);

const regionCode = z.string().refine((value) => dashboardRegionCodes.includes(value));
/** A year the page asks for; when the URL gives none, the latest year the region has data for. */
const year = z.coerce.number().int().min(1990).max(2100).nullable();
const clusterType = z.enum(["all", "traded", "local"]);
const top = z.enum(["10", "20", "all"]).transform((value): TopN => (value === "all" ? "all" : (Number(value) as 10 | 20)));
const threshold = z.coerce.number().int().min(1).max(10_000_000);
/** Smallest employment a cluster needs to be ranked by location quotient (a tiny cluster's LQ says little). */
const minJobs = z.coerce.number().int().min(0).max(1_000_000);
const employmentView = z.enum(["largest", "concentrated"]);

/** Overview `/` and the presentation views: one schema read by the page, the client controls and the exports. */
export const overviewShape = { region: regionCode, year, type: clusterType, top, t1: threshold, t2: threshold, min: minJobs, view: employmentView };
export type OverviewFilters = {
  region: string;
  year: number | null;
  type: "all" | "traded" | "local";
  top: TopN;
  t1: number;
  t2: number;
  min: number;
  view: EmploymentView;
};
export const overviewDefaults: OverviewFilters = { region: "us-side", year: null, type: "all", top: 20, t1: 10_000, t2: 20_000, min: 1_000, view: "largest" };

/** How many of the largest clusters get a trend card on the overview (and in its export). */
export const trendCardCount = 6;

/** Clusters table `/clusters`. */
export const clustersShape = {
  region: regionCode,
  year,
  type: clusterType,
  sort: z.enum(["lq", "employment", "establishments", "wage", "name", "code"]),
  dir: z.enum(["asc", "desc"]),
  q: z.string().max(80),
};
export const clustersDefaults = {
  region: "us-side",
  year: null as number | null,
  type: "all" as "all" | "traded" | "local",
  sort: "employment" as "lq" | "employment" | "establishments" | "wage" | "name" | "code",
  dir: "desc" as "asc" | "desc",
  q: "",
};
export type ClustersFilters = typeof clustersDefaults;

/** Region page `/regions/[code]`: the year, what the bubble chart's vertical axis shows, and the LQ ranking's minimum size. */
export const regionShape = { year, y: z.enum(["wage", "change"]), min: minJobs };
export const regionDefaults = { year: null as number | null, y: "wage" as "wage" | "change", min: 1_000 };

/** The mega-region page: the manufacturing chart's reference year, whose large plants, and the map's measure. */
export const megaregionShape = { mfg: year, plants: z.string().max(20), map: z.enum(["plants", "insured"]) };
export const megaregionDefaults = { mfg: null as number | null, plants: "mx-side", map: "plants" as "plants" | "insured" };

/** The most regions a comparison shows side by side (the largest shipped peer set, California's metros, has 26). */
export const maxComparedRegions = 30;
const regionCodeList = z
  .string()
  .max(maxComparedRegions * 21)
  .transform((value) => [...new Set(value.split(",").map((code) => code.trim()).filter((code) => code !== ""))])
  .refine((codes) => codes.length >= 1 && codes.length <= maxComparedRegions && codes.every((code) => /^[A-Za-z0-9-]{1,20}$/.test(code)));

/**
 * Compare `/compare`: the regions (`r`, comma-separated codes) or a peer set (`set`), the view, the
 * measure and cluster of the bar view, and which clusters the heatmap lists. Read by the page, the
 * comparison route, the CSV export and the slides.
 */
export const compareShape = {
  r: regionCodeList,
  set: z.string().regex(/^[a-z0-9-]{1,40}$/),
  view: z.enum(["bars", "heatmap", "table"]),
  metric: z.enum(["lq", "jobs"]),
  cluster: z.coerce.number().int().min(1).max(999).nullable(),
  type: z.enum(["traded", "all"]),
};
export type CompareFilters = {
  r: string[];
  set: string;
  view: "bars" | "heatmap" | "table";
  metric: "lq" | "jobs";
  cluster: number | null;
  type: "traded" | "all";
};
export const compareDefaults: CompareFilters = { r: [], set: "", view: "heatmap", metric: "lq", cluster: null, type: "traded" };
/** The peer set a comparison opens with when the URL names neither regions nor a set. */
export const defaultPeerSet = "border";
