import path from "node:path";
import { aggregateMembers } from "../../dataset/regions";
import { ImportError, ProblemList, SkipCounter } from "../problems";
import { firstInvalidUtf8Byte, readHead } from "../read-records";
import type { ImportReference } from "../reference";
import { numberCell, outOfRange, readTable } from "../table";
import type { InsuredFigure, ParseOptions, ParsedImport } from "../types";
import { imssDivisions, imssMunicipios } from "../../reference/imss";

const bajaCaliforniaImssState = 2;

/**
 * IMSS's monthly insured-worker open data (`asg-YYYY-MM-DD.csv`), summed to insured jobs (`ta`) and
 * insured persons (`asegurados`) per municipio, Baja California, the Mexican side and Mexico, by
 * IMSS division. The file has millions of rows; only the sums are kept in memory.
 */
export async function parseImss(
  filePath: string,
  _reference: ImportReference,
  options: ParseOptions,
): Promise<ParsedImport> {
  const fileName = path.basename(filePath);
  const date = /asg-(\d{4})-(\d{2})-(\d{2})/.exec(fileName);
  if (!date)
    throw new ImportError(
      `${fileName}: cannot tell the month: IMSS names its files asg-YYYY-MM-DD.csv; keep that name`,
    );
  const year = Number(date[1]);
  const month = Number(date[2]);
  const dateRefused = outOfRange(year, "year") ?? outOfRange(month, "month");
  if (dateRefused)
    throw new ImportError(`${fileName}: the date in the file name (${date[1]}-${date[2]}) ${dateRefused}`);
  const head = readHead(filePath, 4096);
  if (head.length === 0) throw new ImportError(`${fileName}: the file is empty`);
  // The published files are latin-1; a copy re-saved as UTF-8 reads the same.
  const encoding = firstInvalidUtf8Byte(head) < 0 ? "utf-8" : "latin1";
  const firstLine = new TextDecoder(encoding).decode(head).split(/\r\n|\n|\r/)[0] ?? "";
  const delimiter = firstLine.includes("|") ? "|" : ",";

  const problems = new ProblemList(fileName);
  const skipped = new SkipCounter();
  const sums = new Map<string, InsuredFigure>();
  const add = (regionCode: string, sectorCode: string, jobs: number, persons: number) => {
    const key = `${regionCode}|${sectorCode}`;
    const sum = sums.get(key) ?? {
      regionCode,
      measure: "insured_jobs" as const,
      sectorCode,
      year,
      month,
      value: 0,
      insuredPersons: 0,
    };
    sum.value! += jobs;
    sum.insuredPersons! += persons;
    sums.set(key, sum);
  };
  const mxSide = new Set(aggregateMembers["mx-side"]);
  let rowsRead = 0;
  const rows = readTable(filePath, {
    encoding,
    encodingHint: "",
    delimiter,
    required: ["cve_entidad", "cve_municipio", "sector_economico_1", "asegurados", "ta"],
    problems,
    normaliseHeader: (name) => name.trim().toLowerCase(),
    onProgress: options.onProgress,
  });
  for await (const row of rows) {
    rowsRead += 1;
    const sectorCell = row.get("sector_economico_1");
    const jobs = numberCell(row, "ta", problems, "count");
    const persons = numberCell(row, "asegurados", problems, "count");
    const state = numberCell(row, "cve_entidad", problems, "count");
    if (sectorCell === "") {
      skipped.add("rows with no economic sector (sector_economico_1 empty)");
      continue;
    }
    const sectorCode = sectorCell === "2" || sectorCell === "3" ? "2-3" : sectorCell;
    if (!imssDivisions[sectorCode] || sectorCode === "8-9") {
      problems.cell(row.line, "sector_economico_1", sectorCell, "is not an IMSS sector_economico_1 code (0 to 9)");
      continue;
    }
    if (jobs === undefined || persons === undefined || state === undefined) continue;
    add("MX", sectorCode, jobs ?? 0, persons ?? 0);
    if (state !== bajaCaliforniaImssState) continue;
    add("02", sectorCode, jobs ?? 0, persons ?? 0);
    const municipio = imssMunicipios[row.get("cve_municipio")];
    if (!municipio) continue;
    add(municipio, sectorCode, jobs ?? 0, persons ?? 0);
    if (mxSide.has(municipio)) add("mx-side", sectorCode, jobs ?? 0, persons ?? 0);
  }
  problems.throwIfAny();
  const period = `${date[1]}-${date[2]}`;
  return {
    format: "imss",
    fileName,
    source: {
      title: `IMSS, asegurados (datos abiertos), ${period}: ${fileName}`,
      publisher: "Instituto Mexicano del Seguro Social (IMSS)",
      year,
      url: "http://datos.imss.gob.mx/group/asegurados",
      licence: "Datos abiertos de México: free use with attribution",
      notes: `Insured jobs (puestos de trabajo afiliados, ta) and insured persons (asegurados) at the end of ${period}, by IMSS economic division (IMSS's own catalogue, not SCIAN). Tijuana = IMSS municipios A08 + Z31, Mexicali = A06 + Z32; Baja California = IMSS entidad 02 (every municipio, including those outside the dashboard); Mexico = every row.`,
    },
    newRegions: [],
    industries: [],
    clusters: [],
    insured: [...sums.values()],
    rowsRead,
    skipped,
    notes: [`Month ${period} from the file name.`],
  };
}
