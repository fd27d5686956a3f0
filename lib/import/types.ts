import type {
  ClusterType,
  EmploymentBasis,
  FactBound,
  IndustrySystem,
  InsuredMeasure,
} from "../generated/prisma/enums";
import type { RegionDefinition } from "../dataset/regions";
import type { SkipCounter } from "./problems";
import type { ProgressListener } from "./read-records";

export const importFormats = [
  "saic",
  "cbp-county",
  "cbp-api",
  "cbp-table",
  "cmp",
  "imss",
  "imss-aggregate",
  "denue",
  "census-sectors",
  "tidy",
  "facts",
  "facts-table",
  "ranking",
  "peer-sets",
] as const;
export type ImportFormat = (typeof importFormats)[number];

export type SourceDescription = {
  title: string;
  publisher: string;
  year: number | null;
  url: string | null;
  licence: string | null;
  notes: string;
  confidence?: string | null;
  caveats?: string | null;
};

/** One industry figure as the file gives it. `withheld`: the publisher left the cell empty (confidential or not published). */
export type IndustryFigure = {
  line: number;
  regionCode: string;
  system: IndustrySystem;
  code: string;
  year: number;
  employment: number | null;
  establishments: number | null;
  payrollThousandUsd: number | null;
  valueAddedMillionMxn: number | null;
  withheld: boolean;
  pandemicFlag: boolean;
};

/** One cluster figure, as a file publishes it or as derived from industries (`line` null). */
export type ClusterFigure = {
  line: number | null;
  regionCode: string;
  clusterCode: number;
  year: number;
  basis: EmploymentBasis;
  employment: number | null;
  employmentReported: number | null;
  employmentIsLowerBound: boolean;
  establishments: number | null;
  payrollThousandUsd: number | null;
  averageWageUsd: number | null;
  locationQuotient: number | null;
  lqBenchmarkCode: string | null;
  lqPublished: boolean;
  pandemicFlag: boolean;
  derivation: string | null;
  /** The same in Spanish (lib/import/derivation-text.ts). */
  derivationEs: string | null;
  withheldCells: number;
  nationalRankEmployment: number | null;
  nationalRankLq: number | null;
  nationalRankWage: number | null;
  nationalRankEstablishments: number | null;
  cmpQualifying: boolean | null;
  cmpSignificant: boolean | null;
  cmpStrong: boolean | null;
  cmpStrong10: boolean | null;
};

/** The fields a cluster figure has when the source publishes no rank or strength flag. */
export const noCmpExtras = {
  withheldCells: 0,
  nationalRankEmployment: null,
  nationalRankLq: null,
  nationalRankWage: null,
  nationalRankEstablishments: null,
  cmpQualifying: null,
  cmpSignificant: null,
  cmpStrong: null,
  cmpStrong10: null,
} as const;

export type InsuredFigure = {
  regionCode: string;
  measure: InsuredMeasure;
  sectorCode: string;
  year: number;
  month: number;
  /** null: the source has no figure for the cell. */
  value: number | null;
  insuredPersons: number | null;
};

/** A benchmark total (national employment of a cluster or of all traded or local clusters). */
export type BenchmarkFigure = {
  regionCode: string;
  year: number;
  clusterCode: number | null;
  clusterType: ClusterType | null;
  employment: number;
  derivation: string;
};

export type EstablishmentFigure = {
  line: number;
  externalId: string;
  clee: string | null;
  scianCode: string;
  activityName: string;
  sizeBand: string;
  sizeMin: number;
  sizeMax: number | null;
  regionCode: string;
  localityCode: string | null;
  localityName: string | null;
  postalCode: string | null;
  latitude: number | null;
  longitude: number | null;
  /** The CMP cluster of the activity's SCIAN→NAICS block, or null with the reason in `clusterNote`. */
  clusterCode: number | null;
  clusterNote: string;
  /** The same in Spanish. */
  clusterNoteEs: string;
  /** The clusters a block that spans clusters could belong to; empty when the cluster is known or none applies. */
  candidateClusterCodes: number[];
};

/** Where a published figure was stated: the study and the page that reported it. */
export type Citation = { title: string; publisher: string; year: number | null; url: string | null };

export type FactFigure = {
  line: number;
  key: string;
  regionCode: string | null;
  geography: string;
  scope: string;
  metric: string;
  valueAsStated: string;
  valueNumber: number | null;
  bound: FactBound;
  unit: string;
  year: number | null;
  yearAsStated: string;
  benchmark: string | null;
  wording: string | null;
  confidence: string | null;
  study: string | null;
  /** null: the file's own source is the citation. */
  citation: Citation | null;
};

export type RankingFigure = {
  rank: number;
  naicsCode: string;
  nameAsStated: string;
  members: { naics2012Code: string; clusterCode: number; subclusterNumber: number | null }[];
};

/** A named set of regions to compare: listed members, or the `size` regions most similar to an anchor. */
export type PeerSetFigure = {
  key: string;
  kind: "list" | "similar";
  nameEn: string;
  nameEs: string;
  descriptionEn: string;
  descriptionEs: string;
  anchorRegionCode: string | null;
  size: number | null;
  members: string[];
};

/** What a file holds once read and checked, before anything is written. */
export type ParsedImport = {
  format: ImportFormat;
  fileName: string;
  source: SourceDescription;
  /** Regions the file itself defines (INEGI names its municipios, CMP its metro areas), created if absent. */
  newRegions: RegionDefinition[];
  industries: IndustryFigure[];
  clusters: ClusterFigure[];
  insured: InsuredFigure[];
  establishments?: EstablishmentFigure[];
  facts?: FactFigure[];
  rankings?: RankingFigure[];
  peerSets?: PeerSetFigure[];
  /** Benchmark totals the file implies (U.S. cluster employment = emp_tl / cluster_emp_per_tf for CMP). */
  benchmarks?: BenchmarkFigure[];
  rowsRead: number;
  skipped: SkipCounter;
  /** Things the analyst should know that are not errors: unmappable activities, where the year came from. */
  notes: string[];
};

export type ParseOptions = { year?: number; onProgress?: ProgressListener };
