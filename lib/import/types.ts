import type { IndustrySystem } from "../generated/prisma/enums";
import type { ClusterObservationRow } from "../dataset/build-observations";
import type { RegionDefinition } from "../dataset/regions";
import type { SkipCounter } from "./problems";
import type { ProgressListener } from "./read-records";

export const importFormats = ["saic", "cbp-county", "cbp-api", "cmp", "imss", "tidy"] as const;
export type ImportFormat = (typeof importFormats)[number];

export type SourceDescription = {
  title: string;
  publisher: string;
  year: number | null;
  url: string | null;
  licence: string | null;
  notes: string;
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

/** A cluster figure as the seed's rows have it, with the file line it came from (null when derived). */
export type ClusterFigure = Omit<ClusterObservationRow, "sourceKey"> & { line: number | null };

export type InsuredFigure = { regionCode: string; sectorCode: string; year: number; month: number; insuredJobs: number; insuredPersons: number };

/** What a file holds once read and checked, before anything is written. */
export type ParsedImport = {
  format: ImportFormat;
  fileName: string;
  source: SourceDescription;
  /** Regions the file itself defines (INEGI names its states and municipios), created if absent. */
  newRegions: RegionDefinition[];
  industries: IndustryFigure[];
  clusters: ClusterFigure[];
  insured: InsuredFigure[];
  rowsRead: number;
  skipped: SkipCounter;
  /** Things the analyst should know that are not errors: unmappable activities, where the year came from. */
  notes: string[];
  /** U.S. cluster employment a CMP file implies (emp_tl / cluster_emp_per_tf): the benchmark of LQs computed for aggregates. */
  impliedNationalClusters?: { year: number; clusterCode: number; employment: number }[];
};

export type ParseOptions = { year?: number; onProgress?: ProgressListener };
