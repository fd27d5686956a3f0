import path from "node:path";
import { ImportError } from "./problems";
import { readHead } from "./read-records";
import { importFormats, type ImportFormat } from "./types";

/** Tells a file's format from its first lines (header names are distinctive for every publisher). */
export function detectFormat(filePath: string): ImportFormat {
  const fileName = path.basename(filePath);
  const head = readHead(filePath, 16 * 1024);
  // latin-1 never fails to decode, and the header names looked for are ASCII apart from "Año".
  const text = new TextDecoder("latin1")
    .decode(head)
    .replaceAll("\u0000", "")
    .replace(/^\u00EF\u00BB\u00BF/, "");
  if (text.trim() === "") throw new ImportError(`${fileName}: the file is empty`);
  const lines = text.split(/\r\n|\n|\r/).filter((line) => line.trim() !== "");
  if (/(^|\n)"?A(ñ|Ã±|\u00F1)o Censal"?,/.test(text) || lines.slice(0, 8).some((line) => /Censos Econ/i.test(line)))
    return "saic";
  const first = (lines[0] ?? "").toLowerCase();
  const names = first.split(/[|,;]/).map((name) => name.trim().replace(/^["[\]]+|["[\]]+$/g, ""));
  const has = (...wanted: string[]) => wanted.every((name) => names.includes(name.toLowerCase()));
  if (has("cve_municipio", "sector_economico_1")) return "imss";
  if (has("anio", "mes", "munid_imss")) return "imss-aggregate";
  if (has("codigo_act", "per_ocu", "cve_ent", "cve_mun")) return "denue";
  if (has("fipstate", "fipscty", "naics")) return "cbp-county";
  if (has("emp", "estab", "state", "county") && (has("naics2017") || has("naics2012"))) return "cbp-api";
  if (has("county_fips", "naics2017_code", "emp", "estab") || has("fips", "naics", "establishments", "employees"))
    return "cbp-table";
  if (has("year_t", "region_code_t", "cluster_code_t")) return "cmp";
  if (has("reference_year", "scian_sector", "personal_ocupado_total_h001a")) return "census-sectors";
  if (has("fact_id", "value_as_stated")) return "facts";
  if (has("indicator", "unit")) return "facts-table";
  if (has("concentration_rank", "naics2012_code", "uscmp_cluster_code")) return "ranking";
  if (has("key", "kind", "anchor_region", "members")) return "peer-sets";
  if (has("region_code", "year", "employment")) return "tidy";
  throw new ImportError(
    `${fileName}: cannot tell the format from its first line (${JSON.stringify(lines[0]?.slice(0, 120) ?? "")}); pass --format with one of ${importFormats.join(", ")}`,
  );
}
