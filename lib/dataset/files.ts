import path from "node:path";

/** The shipped source files, copied unchanged from the project's data room (see prisma/data/PROVENANCE.md). */
export const dataDir = path.resolve(import.meta.dirname, "..", "..", "prisma", "data");

export const dataFiles = {
  clusterDefinitions: "us/cmp_cluster_definitions_naics2012.csv",
  subclusters: "us/cmp_subclusters.csv",
  subclusterCrosswalk: "us/naics2012_to_cmp_subcluster_crosswalk.csv",
  cmpCounties2016: "us/cmp_2016_clusters_san_diego_imperial.csv",
  cmpCalifornia2016: "us/cmp_2016_clusters_california.csv",
  cbp2018and2019: "us/cbp_2018_2019_san_diego_imperial_naics2017.csv",
  cbp2020: "us/cbp_2020_san_diego_imperial_naics2017.csv",
  cbp2021: "us/cbp_2021_san_diego_imperial_naics2017.csv",
  naicsConcordance: "us/naics_2012_2017_concordance.csv",
  inegiNationalBySector: "mx/inegi_ce_national_by_sector_2003_2023.csv",
  scianCodes: "mx/scian2018_codes_es.csv",
  scianNaicsConcordance: "mx/scian2018_naics2017_concordance_DERIVED.csv",
  top10Industries: "binational/calibaja_top10_concentrated_industries_2015.csv",
  top10ToClusters: "binational/top10_industries_to_cmp_clusters_DERIVED.csv",
  publishedFigures: "binational/calibaja_published_figures.csv",
  demographics2010: "binational/jobs_without_borders_demographics_2010.csv",
} as const;

export type DataFileKey = keyof typeof dataFiles;

export function dataFilePath(key: DataFileKey): string {
  return path.join(dataDir, dataFiles[key]);
}
