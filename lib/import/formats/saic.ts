import path from "node:path";
import type { RegionDefinition } from "../../dataset/regions";
import { ImportError, ProblemList, SkipCounter } from "../problems";
import { assertUtf8, readHead } from "../read-records";
import type { ImportReference } from "../reference";
import { DuplicateCheck, numberCell, outOfRange, readTable } from "../table";
import type { IndustryFigure, ParseOptions, ParsedImport } from "../types";

export const saicColumns = {
  year: "Año Censal",
  state: "Entidad",
  municipio: "Municipio",
  activity: "Actividad económica",
  employment: "H001A Personal ocupado total",
  valueAdded: "A131A Valor agregado censal bruto (millones de pesos)",
  establishments: "UE Unidades económicas",
} as const;

const activityPattern = /^(Sector|Subsector|Rama|Subrama|Clase) (\d{2}-\d{2}|\d{2,6}) .+$/;
const encodingHint =
  "INEGI's SAIC exports are UTF-8: export the query again, or convert the file to UTF-8 without changing anything else.";

/** The header is preceded by INEGI's title lines; returns its 1-based line and the title lines. */
export function findSaicHeader(head: string): { headerLine: number; titles: string[] } | null {
  const lines = head.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  const index = lines.findIndex((line) => /^"?Año Censal"?,/.test(line));
  if (index < 0) return null;
  const titles = lines
    .slice(0, index)
    .map((line) => line.replace(/,+$/, "").replace(/^"|"$/g, "").trim())
    .filter(Boolean);
  return { headerLine: index + 1, titles };
}

/**
 * An export of INEGI's economic-census query system (SAIC): any state and municipio, any SCIAN level.
 * Empty cells are figures INEGI withholds for confidentiality: kept as missing, never zero.
 */
export async function parseSaic(
  filePath: string,
  reference: ImportReference,
  options: ParseOptions,
): Promise<ParsedImport> {
  const fileName = path.basename(filePath);
  const problems = new ProblemList(fileName);
  const skipped = new SkipCounter();
  const head = readHead(filePath);
  if (
    head.filter((byte) => byte !== 0 && byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x2c).length === 0
  )
    throw new ImportError(`${fileName}: the file is empty`);
  assertUtf8(head, fileName, encodingHint);
  const header = findSaicHeader(new TextDecoder("utf-8").decode(head));
  if (!header)
    throw new ImportError(
      `${fileName}: no header line starting with "Año Censal" in the first 64 KB: this is not an INEGI SAIC export`,
    );

  const industries: IndustryFigure[] = [];
  const newRegions = new Map<string, RegionDefinition>();
  const duplicates = new DuplicateCheck(problems);
  let rowsRead = 0;
  let closingNote = false;

  const regionOf = (line: number, stateCell: string, municipioCell: string): string | undefined => {
    const state = /^(\d{2}) (.+)$/.exec(stateCell);
    if (!state) {
      problems.cell(line, saicColumns.state, stateCell, 'is not an INEGI state ("02 Baja California")');
      return undefined;
    }
    const [, stateCode, stateName] = state as unknown as [string, string, string];
    if (stateCode === "00") return "MX";
    if (!reference.regions.has(stateCode) && !newRegions.has(stateCode)) {
      newRegions.set(stateCode, {
        code: stateCode,
        nameEn: stateName,
        nameEs: stateName,
        country: "MX",
        kind: "state",
        parentCode: "MX",
        sortOrder: 100 + Number(stateCode),
      });
    } else if (reference.regions.get(stateCode) && reference.regions.get(stateCode)!.country !== "MX") {
      problems.cell(
        line,
        saicColumns.state,
        stateCell,
        `makes region ${stateCode}, which the dashboard holds as a ${reference.regions.get(stateCode)!.country} ${reference.regions.get(stateCode)!.kind}`,
      );
      return undefined;
    }
    if (municipioCell === "") return stateCode;
    const municipio = /^(\d{3}) (.+)$/.exec(municipioCell);
    if (!municipio) {
      problems.cell(line, saicColumns.municipio, municipioCell, 'is not an INEGI municipio ("004 Tijuana")');
      return undefined;
    }
    const code = `${stateCode}${municipio[1]}`;
    const known = reference.regions.get(code);
    if (!known && !newRegions.has(code)) {
      newRegions.set(code, {
        code,
        nameEn: municipio[2]!,
        nameEs: municipio[2]!,
        country: "MX",
        kind: "municipio",
        parentCode: stateCode,
        sortOrder: 1000 + Number(code),
      });
    } else if (known && (known.country !== "MX" || known.kind !== "municipio")) {
      // INEGI municipio codes share their five digits with U.S. county FIPS codes: never file one under the other.
      problems.cell(
        line,
        saicColumns.municipio,
        municipioCell,
        `makes region ${code}, which the dashboard holds as a ${known.country} ${known.kind} (${known.nameEn})`,
      );
      return undefined;
    }
    return code;
  };

  const rows = readTable(filePath, {
    encoding: "utf-8",
    encodingHint,
    delimiter: ",",
    fromLine: header.headerLine,
    required: [
      saicColumns.year,
      saicColumns.state,
      saicColumns.municipio,
      saicColumns.activity,
      saicColumns.employment,
    ],
    problems,
    onProgress: options.onProgress,
  });
  for await (const row of rows) {
    const yearCell = row.get(saicColumns.year);
    if (/^Nota/i.test(yearCell)) {
      closingNote = true;
      skipped.add("INEGI's closing note on confidential cells");
      continue;
    }
    rowsRead += 1;
    const yearRefused = /^\d{4}$/.test(yearCell) ? outOfRange(Number(yearCell), "year") : "is not a census year";
    const year = yearRefused ? undefined : Number(yearCell);
    if (yearRefused) problems.cell(row.line, saicColumns.year, yearCell, yearRefused);
    const regionCode = regionOf(row.line, row.get(saicColumns.state), row.get(saicColumns.municipio));
    const activityCell = row.get(saicColumns.activity);
    const activity = activityPattern.exec(activityCell);
    let code: string | undefined;
    if (!activity)
      problems.cell(
        row.line,
        saicColumns.activity,
        activityCell,
        'is not a SCIAN activity ("Sector 31-33 Industrias manufactureras")',
      );
    else if (!reference.isIndustryCode("SCIAN2018", activity[2]!))
      problems.cell(row.line, saicColumns.activity, activityCell, `is not a SCIAN 2018 code (${activity[2]})`);
    else code = activity[2]!;
    const employment = numberCell(row, saicColumns.employment, problems, "count");
    const valueAdded = row.has(saicColumns.valueAdded)
      ? numberCell(row, saicColumns.valueAdded, problems, "signed")
      : null;
    const establishments = row.has(saicColumns.establishments)
      ? numberCell(row, saicColumns.establishments, problems, "count")
      : null;
    if (
      year === undefined ||
      regionCode === undefined ||
      code === undefined ||
      employment === undefined ||
      valueAdded === undefined ||
      establishments === undefined
    )
      continue;
    if (
      !duplicates.check(row.line, `${regionCode}|${code}|${year}`, `region ${regionCode}, SCIAN ${code}, year ${year}`)
    )
      continue;
    industries.push({
      line: row.line,
      regionCode,
      system: "SCIAN2018",
      code,
      year,
      employment,
      establishments,
      payrollThousandUsd: null,
      valueAddedMillionMxn: valueAdded,
      withheld: employment === null,
      pandemicFlag: false,
    });
  }
  if (!closingNote) {
    problems.add(
      rowsRead + header.headerLine,
      `the file ends without INEGI's closing note ("Nota: para las celdas que aparecen vacías…"): it looks truncated; export it again`,
    );
  }
  problems.throwIfAny();

  const years = [...new Set(industries.map((row) => row.year))].sort();
  const [
    publisher = "Instituto Nacional de Estadística y Geografía (INEGI)",
    title = "INEGI. Censos Económicos",
    ...rest
  ] = header.titles;
  return {
    format: "saic",
    fileName,
    source: {
      title: `${title}: ${fileName}`,
      publisher,
      year: years.at(-1) ?? null,
      url: "https://www.inegi.org.mx/app/saic/",
      licence: 'Free use with attribution: "Fuente: INEGI"',
      notes: `SAIC export (${rest.join("; ")}). Personal ocupado total (H001A) includes unpaid and non-payroll staff; empty cells are withheld by INEGI for confidentiality. Census years ${years.join(", ")}.`,
    },
    newRegions: [...newRegions.values()],
    industries,
    clusters: [],
    insured: [],
    rowsRead,
    skipped,
    notes: [],
  };
}
