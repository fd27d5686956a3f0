import { z } from "zod";
import { cell, readCsv } from "./read-csv";
import { dataFilePath } from "./files";

export function readInegiNationalBySector() {
  return readCsv(
    dataFilePath("inegiNationalBySector"),
    z.object({
      reference_year: cell.integer,
      scian_sector: z.string().regex(/^\d{2}(-\d{2})?$/, "is not a SCIAN sector code"),
      sector_name_es: cell.text,
      personal_ocupado_total_H001A: cell.integer,
      valor_agregado_censal_bruto_mdp_A131A: cell.number,
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

export function readTop10Industries() {
  return readCsv(
    dataFilePath("top10Industries"),
    z.object({
      concentration_rank: cell.integer,
      industry_name_as_stated: cell.text,
      naics4_code_annotation: z.string().regex(/^\d{4}$/, "is not a four-digit NAICS code"),
    }),
  );
}

export function readTop10ToClusters() {
  return readCsv(
    dataFilePath("top10ToClusters"),
    z.object({
      concentration_rank: cell.integer,
      naics4: z.string().regex(/^\d{4}$/),
      naics2012_code: z.string().regex(/^\d{6}$/),
      uscmp_cluster_code: cell.integer,
      uscmp_subcluster_code: cell.optionalInteger,
    }),
  );
}
