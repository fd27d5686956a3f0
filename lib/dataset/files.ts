import path from "node:path";

/** The shipped source files, copied unchanged from the project's data room (see prisma/data/PROVENANCE.md). */
export const dataDir = path.resolve(import.meta.dirname, "..", "..", "prisma", "data");

/** The reference files (code lists and concordances) that the seed and every import read; see manifest.ts. */
export const dataFiles = {
  clusterDefinitions: "us/cmp_cluster_definitions_naics2012.csv",
  subclusters: "us/cmp_subclusters.csv",
  subclusterCrosswalk: "us/naics2012_to_cmp_subcluster_crosswalk.csv",
  naicsConcordance: "us/naics_2012_2017_concordance.csv",
  scianCodes: "mx/scian2018_codes_es.csv",
  scianNaicsConcordance: "mx/scian2018_naics2017_concordance_DERIVED.csv",
  imssMunicipioCatalogue: "mx/imss/imss_catalogo_entidad_municipio.csv",
} as const;

export type DataFileKey = keyof typeof dataFiles;

export function dataFilePath(key: DataFileKey): string {
  return path.join(dataDir, dataFiles[key]);
}
