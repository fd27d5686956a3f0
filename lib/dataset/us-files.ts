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

const cmpRow = z.object({
  year_t: cell.integer,
  region_code_t: cell.text,
  cluster_code_t: cell.integer,
  cluster_type: cell.clusterType,
  emp_tl: cell.integer,
  emp_reported_tl: cell.integer,
  est_tl: cell.integer,
  ap_tl: cell.number,
  private_wage_tf: cell.number,
  lq_tf: cell.number,
  cluster_emp_per_tf: cell.number,
});

export type CmpRow = z.infer<typeof cmpRow> & { regionCode: string };

/** CMP rows for the two counties, keyed to the county FIPS code the file adds. */
export function readCmpCounties(): CmpRow[] {
  return readCsv(dataFilePath("cmpCounties2016"), cmpRow.extend({ county_fips: z.string().regex(/^\d{5}$/) })).map(
    (row) => ({ ...row, regionCode: row.county_fips }),
  );
}

export function readCmpCalifornia(): CmpRow[] {
  return readCsv(dataFilePath("cmpCalifornia2016"), cmpRow).map((row) => ({ ...row, regionCode: "06" }));
}

const cbpRow = z.object({
  year: cell.integer,
  county_fips: z.string().regex(/^\d{5}$/, "is not a five-digit county FIPS code"),
  naics2017_code: z.string().regex(/^(\d{2,6}|\d{2}-\d{2})$/, "is not a NAICS code"),
  naics_digits: cell.integer,
  EMP: cell.optionalInteger,
  ESTAB: cell.optionalInteger,
  PAYANN_thousand_usd: cell.optionalNumber,
});
export type CbpRow = z.infer<typeof cbpRow> & { line: number; file: string };

export function readCbp(file: "cbp2018and2019" | "cbp2020" | "cbp2021"): CbpRow[] {
  return readCsv(dataFilePath(file), cbpRow).map((row) => ({ ...row, file }));
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
