import { z } from "zod";
import { cell, readCsv } from "./read-csv";
import { dataFilePath } from "./files";

export function readClusterDefinitions() {
  return readCsv(
    dataFilePath("clusterDefinitions"),
    z.object({
      cluster_code: cell.integer,
      cluster_name: cell.text,
      cluster_key: cell.text,
      cluster_type: cell.clusterType,
      naics2012_code: z.string().regex(/^\d{6}$/, "is not a six-digit NAICS code"),
      naics2012_title: cell.text,
    }),
  );
}

export function readSubclusters() {
  return readCsv(
    dataFilePath("subclusters"),
    z.object({ cluster_code: cell.integer, subcluster_code: cell.integer, subcluster_name: cell.text }),
  );
}

export function readSubclusterCrosswalk() {
  return readCsv(
    dataFilePath("subclusterCrosswalk"),
    z.object({
      naics2012_code: z.string().regex(/^\d{6}$/, "is not a six-digit NAICS code"),
      cluster_code: cell.integer,
      subcluster_code_matched: cell.optionalInteger,
    }),
  );
}

export function readNaicsConcordance() {
  return readCsv(
    dataFilePath("naicsConcordance"),
    z.object({
      naics2017_code: z.string().regex(/^\d{6}$/),
      naics2017_title: cell.text,
      naics2012_code: z.string().regex(/^\d{6}$/),
    }),
  );
}

export function readScianCodes() {
  return readCsv(
    dataFilePath("scianCodes"),
    z.object({
      scian2018_code: z.string().regex(/^\d{2,6}(-\d{2})?$/, "is not a SCIAN code"),
      digits: cell.integer,
      title_es: cell.text,
    }),
  );
}
