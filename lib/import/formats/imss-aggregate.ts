import path from "node:path";
import { z } from "zod";
import { aggregateMembers } from "../../dataset/regions";
import { dataFilePath } from "../../dataset/files";
import { cell, readCsv } from "../../dataset/read-csv";
import { imssCodesOf, imssMunicipios } from "../../reference/imss";
import { ImportError, ProblemList, SkipCounter } from "../problems";
import type { ImportReference } from "../reference";
import { numberCell, readTable } from "../table";
import type { InsuredFigure, ParseOptions, ParsedImport } from "../types";

/** The aggregate's grouped IMSS divisions: manufacturing is IMSS's division "2-3"; services add divisions 8 and 9. */
export const aggregateDivisions = {
  agro_pesc_ganad: "0",
  mineria: "1",
  manufact: "2-3",
  constr: "4",
  energia: "5",
  com: "6",
  transp: "7",
  serv: "8-9",
} as const;

/** IMSS's municipio catalogue: every IMSS municipio code with its state. */
export function readImssCatalogue(): Map<string, { state: string; name: string }> {
  const rows = readCsv(
    dataFilePath("imssMunicipioCatalogue"),
    z.object({ cve_municipio: cell.text, cve_entidad: cell.text, "descripción municipio": cell.text }),
  );
  return new Map(
    rows.map((row) => [row.cve_municipio, { state: row.cve_entidad, name: row["descripción municipio"] }]),
  );
}

type Cell = { codes: Map<string, number | null> };

/**
 * IMSS permanent insured workers by IMSS municipio code × grouped division × month (the third-party
 * aggregate's layout: anio, mes, entid_inegi, munid_imss, agro_pesc_ganad … serv). Codes are summed
 * into municipios as IMSS splits them (Tijuana A08 + Z31, Mexicali A06 + Z32); a municipio, or the
 * Mexican side, gets a figure for a month and division only when every one of its codes has one: an
 * empty cell is missing, and a sum with a missing part would pass for a whole.
 */
export async function parseImssAggregate(
  filePath: string,
  reference: ImportReference,
  options: ParseOptions,
): Promise<ParsedImport> {
  const fileName = path.basename(filePath);
  const problems = new ProblemList(fileName);
  const skipped = new SkipCounter();
  const catalogue = readImssCatalogue();
  const cells = new Map<string, Cell>();
  const seen = new Map<string, number>();
  let rowsRead = 0;
  const required = ["anio", "mes", "entid_inegi", "munid_imss", ...Object.keys(aggregateDivisions)];
  const rows = readTable(filePath, {
    encoding: "utf-8",
    encodingHint: "Save the file as UTF-8.",
    delimiter: ",",
    required,
    problems,
    onProgress: options.onProgress,
  });
  for await (const row of rows) {
    rowsRead += 1;
    const year = numberCell(row, "anio", problems, "year");
    const month = numberCell(row, "mes", problems, "month");
    const code = row.get("munid_imss").toUpperCase();
    const known = catalogue.get(code);
    if (!known) {
      problems.cell(
        row.line,
        "munid_imss",
        row.get("munid_imss"),
        "is not an IMSS municipio code (see IMSS's catalogue, prisma/data/mx/imss/imss_catalogo_entidad_municipio.csv)",
      );
      continue;
    }
    const state = row.get("entid_inegi").padStart(2, "0");
    if (state !== known.state)
      problems.cell(
        row.line,
        "entid_inegi",
        row.get("entid_inegi"),
        `is not the state of IMSS code ${code} (${known.name}, state ${known.state})`,
      );
    if (year === undefined || month === undefined) continue;
    if (year === null || month === null || month < 1 || month > 12) {
      problems.cell(
        row.line,
        year === null ? "anio" : "mes",
        row.get(year === null ? "anio" : "mes"),
        year === null ? "is empty" : "is not a month (1 to 12)",
      );
      continue;
    }
    const key = `${code}|${year}|${month}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.add(
        row.line,
        `duplicate of line ${first}: IMSS code ${code}, ${year}-${String(month).padStart(2, "0")} appears twice`,
      );
      continue;
    }
    seen.set(key, row.line);
    const regionCode = imssMunicipios[code];
    if (!regionCode || !reference.regions.has(regionCode)) {
      skipped.add(`rows for IMSS codes of no dashboard municipio (${known.name}, ${code} and others)`);
      continue;
    }
    for (const [column, division] of Object.entries(aggregateDivisions)) {
      const value = numberCell(row, column, problems, "count");
      if (value === undefined) continue;
      const cellKey = `${regionCode}|${division}|${year}|${month}`;
      const entry = cells.get(cellKey) ?? { codes: new Map<string, number | null>() };
      entry.codes.set(code, value);
      cells.set(cellKey, entry);
    }
  }
  problems.throwIfAny();
  if (cells.size === 0)
    throw new ImportError(`${fileName}: none of its ${rowsRead} rows is for a municipio of the dashboard`);
  const insured = municipioFigures(cells);
  insured.push(...sideFigures(insured));
  const months = [...new Set(insured.map((row) => row.year * 100 + row.month))].sort();
  const span = `${formatMonth(months[0]!)} – ${formatMonth(months.at(-1)!)}`;
  return {
    format: "imss-aggregate",
    fileName,
    source: {
      title: `IMSS permanent insured workers by municipio and division, ${span} (aggregate): ${fileName}`,
      publisher: "Instituto Mexicano del Seguro Social (IMSS), open data «asegurados»; aggregated by a third party",
      year: Math.floor(months.at(-1)! / 100),
      url: "http://datos.imss.gob.mx/group/asegurados",
      licence: "Datos abiertos de México: free use with attribution",
      notes:
        "Permanent workers with a wage (tpu_sal + tpc_sal) by IMSS division; IMSS divisions are not SCIAN and never map to clusters. Tijuana = A08 + Z31, Mexicali = A06 + Z32; Isla de Cedros (Y35) is kept apart from Ensenada.",
    },
    newRegions: [],
    industries: [],
    clusters: [],
    insured,
    rowsRead,
    skipped,
    notes: [
      `Months ${span}; ${insured.filter((row) => row.value === null).length} region-division-months missing (an empty cell or a missing IMSS code).`,
    ],
  };
}

const formatMonth = (key: number) => `${Math.floor(key / 100)}-${String(key % 100).padStart(2, "0")}`;

function municipioFigures(cells: Map<string, Cell>): InsuredFigure[] {
  return [...cells].map(([key, entry]) => {
    const [regionCode, sectorCode, year, month] = key.split("|") as [string, string, string, string];
    const parts = imssCodesOf(regionCode).map((code) => entry.codes.get(code));
    const complete = parts.every((part): part is number => part !== undefined && part !== null);
    return {
      regionCode,
      measure: "permanent_workers" as const,
      sectorCode,
      year: Number(year),
      month: Number(month),
      value: complete ? parts.reduce((sum, part) => sum + part, 0) : null,
      insuredPersons: null,
    };
  });
}

/** The Mexican side's figure for a division and month: the sum of its municipios, when every one has a figure. */
function sideFigures(municipios: readonly InsuredFigure[]): InsuredFigure[] {
  const members = aggregateMembers["mx-side"]!;
  const byCell = new Map<string, InsuredFigure[]>();
  for (const row of municipios) {
    if (!members.includes(row.regionCode)) continue;
    const key = `${row.sectorCode}|${row.year}|${row.month}`;
    byCell.set(key, [...(byCell.get(key) ?? []), row]);
  }
  return [...byCell.values()].map((rows) => {
    const complete = rows.length === members.length && rows.every((row) => row.value !== null);
    return {
      ...rows[0]!,
      regionCode: "mx-side",
      value: complete ? rows.reduce((sum, row) => sum + row.value!, 0) : null,
    };
  });
}
