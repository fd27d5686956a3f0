import { z } from "zod";
import { regions } from "./dataset/regions";
import type { TopN } from "./calculations/ranking";
import { filterSchema } from "./search-params";
import {
  clustersDefaults,
  compareDefaults,
  maxComparedRegions,
  oneRegionChoice,
  orderThresholds,
  overviewDefaults,
  presentDefaults,
} from "./filter-defaults";

export * from "./filter-defaults";

/**
 * What a region or cluster code can look like (06073, cbsa-41740, us-side; 1 to 999). Anything else
 * — a NUL byte, a 1e308 — is answered as "no such region" before it reaches a query, where the
 * database would refuse it with an error instead of an empty answer.
 */
export const regionCodePattern = /^[A-Za-z0-9-]{1,20}$/;
export const isRegionCode = (value: string) => regionCodePattern.test(value);
export const isClusterCode = (value: number) => Number.isInteger(value) && value >= 1 && value <= 999;

/** Regions a dashboard view can be about (not the national and state benchmarks). */
export const dashboardRegionCodes = regions
  .filter((region) => ["megaregion", "side", "county", "municipio"].includes(region.kind))
  .map((region) => region.code);

const regionCode = z.string().refine((value) => dashboardRegionCodes.includes(value));
/** A year the page asks for; when the URL gives none, the latest year the region has data for. */
const year = z.coerce.number().int().min(1990).max(2100).nullable();
const clusterType = z.enum(["all", "traded", "local"]);
const top = z
  .enum(["10", "20", "all"])
  .transform((value): TopN => (value === "all" ? "all" : (Number(value) as 10 | 20)));
const threshold = z.coerce.number().int().min(1).max(10_000_000);
/** Smallest employment a cluster needs to be ranked by location quotient (a tiny cluster's LQ says little). */
const minJobs = z.coerce.number().int().min(0).max(1_000_000);
const employmentView = z.enum(["largest", "concentrated"]);

/** Overview `/` and the presentation views: one schema read by the page, the client controls and the exports. */
export const overviewShape = {
  region: regionCode,
  year,
  type: clusterType,
  top,
  t1: threshold,
  t2: threshold,
  min: minJobs,
  view: employmentView,
};

export const overviewFilters = filterSchema(overviewShape, overviewDefaults, orderThresholds);

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
export const clustersFilters = filterSchema(clustersShape, clustersDefaults);

/** Cluster page `/clusters/[code]`: whether its table of every figure shows every year or the latest ones. */
export const clusterPageFilters = filterSchema(
  { figures: z.enum(["latest", "all"]) },
  { figures: "latest" as "latest" | "all" },
);

/** Region page `/regions/[code]`: the year, what the bubble chart's vertical axis shows, and the LQ ranking's minimum size. */
export const regionShape = { year, y: z.enum(["wage", "change"]), min: minJobs };
export const regionDefaults = { year: null as number | null, y: "wage" as "wage" | "change", min: 1_000 };
export const regionFilters = filterSchema(regionShape, regionDefaults);

/** The mega-region page: the manufacturing chart's reference year, whose large plants, and the map's measure. */
export const megaregionShape = { mfg: year, plants: z.string().max(20), map: z.enum(["plants", "insured"]) };
export const megaregionDefaults = {
  mfg: null as number | null,
  plants: "mx-side",
  map: "plants" as "plants" | "insured",
};
export const megaregionFilters = filterSchema(megaregionShape, megaregionDefaults);

/** The presentation `/present`: which slide is shown (the deck itself is the `v` list, read by lib/deck.ts). */
export const presentFilters = filterSchema({ slide: z.coerce.number().int().min(1).max(1000) }, presentDefaults);

const regionCodeList = z
  .string()
  .max(maxComparedRegions * 21)
  .transform((value) => [
    ...new Set(
      value
        .split(",")
        .map((code) => code.trim())
        .filter((code) => code !== ""),
    ),
  ])
  .refine((codes) => codes.length >= 1 && codes.length <= maxComparedRegions && codes.every(isRegionCode));

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
export const compareFilters = filterSchema(compareShape, compareDefaults, oneRegionChoice);
/** The peer set a comparison opens with when the URL names neither regions nor a set. */
export const defaultPeerSet = "border";

/** A cluster's code, as a cluster page's exports take it. */
const clusterCode = z.coerce.number().int().min(1).max(999);
/** A region's code, as a region page's exports take it. */
const anyRegionCode = z.string().regex(regionCodePattern);

/** Exports with no filters of their own (language and BOM only). */
export const noFilters = filterSchema({}, {});
/** A cluster page's exports: which cluster. */
export const clusterExportFilters = filterSchema({ code: clusterCode }, { code: 0 });
/** The cluster page's top-metros export: which cluster, ranked by which measure. */
export const topMetrosFilters = filterSchema(
  { code: clusterCode, by: z.enum(["employment", "lq"]) },
  { code: 0, by: "employment" as "employment" | "lq" },
);
/** A region page's exports: which region (a default where the export has an obvious one). */
export const regionExportFilters = (defaultCode = "") => filterSchema({ code: anyRegionCode }, { code: defaultCode });
/** The region page's portfolio export: its filters plus the region. */
export const regionPortfolioFilters = filterSchema(
  { ...regionShape, code: anyRegionCode },
  { ...regionDefaults, code: "" },
);
/** The region page's IMSS table export: which Mexican region, which IMSS measure. */
export const insuredExportFilters = filterSchema(
  { code: anyRegionCode, measure: z.enum(["insured_jobs", "permanent_workers"]) },
  { code: "", measure: "insured_jobs" as "insured_jobs" | "permanent_workers" },
);
/** The mega-region's manufacturing chart export: its reference year (the latest when absent). */
export const manufacturingExportFilters = filterSchema({ year }, { year: null as number | null });
/** The published-charts export: which of the study's charts. */
export const publishedChartFilters = filterSchema(
  { chart: z.enum(["lq", "output"]) },
  { chart: "lq" as "lq" | "output" },
);
