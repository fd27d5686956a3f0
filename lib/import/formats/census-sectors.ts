import path from "node:path";
import { ImportError, ProblemList, SkipCounter } from "../problems";
import type { ImportReference } from "../reference";
import { DuplicateCheck, numberCell, readTable } from "../table";
import type { IndustryFigure, ParseOptions, ParsedImport } from "../types";

const required = [
  "reference_year",
  "scian_sector",
  "personal_ocupado_total_H001A",
  "valor_agregado_censal_bruto_mdp_A131A",
] as const;

/**
 * INEGI economic-census totals for Mexico by SCIAN sector (`reference_year, scian_sector,
 * personal_ocupado_total_H001A, valor_agregado_censal_bruto_mdp_A131A`, …): national context,
 * one row per sector and census reference year.
 */
export async function parseCensusSectors(
  filePath: string,
  reference: ImportReference,
  options: ParseOptions,
): Promise<ParsedImport> {
  const fileName = path.basename(filePath);
  const problems = new ProblemList(fileName);
  const duplicates = new DuplicateCheck(problems);
  const industries: IndustryFigure[] = [];
  let rowsRead = 0;
  for await (const row of readTable(filePath, {
    encoding: "utf-8",
    encodingHint: "Save the file as UTF-8.",
    delimiter: ",",
    required,
    problems,
    onProgress: options.onProgress,
  })) {
    rowsRead += 1;
    const year = numberCell(row, "reference_year", problems, "year");
    const code = row.get("scian_sector");
    if (!/^\d{2}(-\d{2})?$/.test(code) || !reference.isIndustryCode("SCIAN2018", code))
      problems.cell(row.line, "scian_sector", code, "is not a SCIAN sector code");
    const employment = numberCell(row, "personal_ocupado_total_H001A", problems, "count");
    const valueAdded = numberCell(row, "valor_agregado_censal_bruto_mdp_A131A", problems, "signed");
    if (year === undefined || employment === undefined || valueAdded === undefined) continue;
    if (year === null) {
      problems.cell(row.line, "reference_year", "", "is empty");
      continue;
    }
    if (!duplicates.check(row.line, `${code}|${year}`, `sector ${code}, year ${year}`)) continue;
    industries.push({
      line: row.line,
      regionCode: "MX",
      system: "SCIAN2018",
      code,
      year,
      employment,
      establishments: null,
      payrollThousandUsd: null,
      valueAddedMillionMxn: valueAdded,
      withheld: employment === null,
      pandemicFlag: false,
    });
  }
  problems.throwIfAny();
  if (industries.length === 0) throw new ImportError(`${fileName}: the file has a header but no data rows`);
  const years = [...new Set(industries.map((row) => row.year))].sort();
  return {
    format: "census-sectors",
    fileName,
    source: {
      title: `INEGI Censos Económicos, total nacional por sector SCIAN, ${years.join(", ")}: ${fileName}`,
      publisher: "Instituto Nacional de Estadística y Geografía (INEGI)",
      year: years.at(-1)! + 1,
      url: "https://www.inegi.org.mx/programas/ce/",
      licence: "Libre uso con atribución: «Fuente: INEGI»",
      notes: "Personal ocupado total (H001A) and census value added (millions of current pesos) by SCIAN sector.",
    },
    newRegions: [],
    industries,
    clusters: [],
    insured: [],
    rowsRead,
    skipped: new SkipCounter(),
    notes: [`Reference years ${years.join(", ")}.`],
  };
}
