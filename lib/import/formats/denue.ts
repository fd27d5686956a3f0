import path from "node:path";
import type { RegionDefinition } from "../../dataset/regions";
import { ImportError, ProblemList, SkipCounter } from "../problems";
import { firstInvalidUtf8Byte, readHead } from "../read-records";
import type { ImportReference } from "../reference";
import { numberCell, readTable, type Row } from "../table";
import type { EstablishmentFigure, ParseOptions, ParsedImport } from "../types";

/** DENUE's employment size bands (`per_ocu`), as INEGI writes them. */
export const denueSizeBands: Readonly<Record<string, { min: number; max: number | null }>> = {
  "0 a 5 personas": { min: 0, max: 5 },
  "6 a 10 personas": { min: 6, max: 10 },
  "11 a 30 personas": { min: 11, max: 30 },
  "31 a 50 personas": { min: 31, max: 50 },
  "51 a 100 personas": { min: 51, max: 100 },
  "101 a 250 personas": { min: 101, max: 250 },
  "251 y más personas": { min: 251, max: null },
};

const required = ["id", "codigo_act", "nombre_act", "per_ocu", "cve_ent", "cve_mun", "municipio"] as const;
const compared = ["clee", "codigo_act", "per_ocu", "cve_ent", "cve_mun", "cve_loc", "latitud", "longitud"] as const;

const titleCase = (text: string) =>
  text.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());

/**
 * INEGI's business register (DENUE) listings, any state and size band: one establishment per row.
 * Establishments are stored as listed; counts are computed from them. A repeated id with identical
 * content is counted once (and reported); a repeated id with different content is an error.
 */
export async function parseDenue(
  filePath: string,
  reference: ImportReference,
  options: ParseOptions,
): Promise<ParsedImport> {
  const fileName = path.basename(filePath);
  const problems = new ProblemList(fileName);
  const skipped = new SkipCounter();
  const head = readHead(filePath, 64 * 1024);
  // INEGI's downloads are latin-1; copies re-saved as UTF-8 read the same.
  const encoding = firstInvalidUtf8Byte(head) < 0 ? "utf-8" : "latin1";
  const newRegions = new Map<string, RegionDefinition>();
  const seen = new Map<string, { line: number; row: Row; values: string }>();
  const establishments: EstablishmentFigure[] = [];
  let rowsRead = 0;
  const rows = readTable(filePath, {
    encoding,
    encodingHint: "",
    delimiter: ",",
    required,
    problems,
    normaliseHeader: (name) => name.trim().toLowerCase(),
    onProgress: options.onProgress,
  });
  for await (const row of rows) {
    rowsRead += 1;
    const id = row.get("id");
    if (!/^\d+$/.test(id)) {
      problems.cell(row.line, "id", id, "is not a DENUE establishment id (digits)");
      continue;
    }
    const values = compared.map((column) => (row.has(column) ? row.get(column) : "")).join("|");
    const first = seen.get(id);
    if (first) {
      if (first.values === values)
        skipped.add("exact repeats of an establishment already listed (same id, same content): counted once");
      else
        problems.add(
          row.line,
          `duplicate of line ${first.line}: establishment id ${id} appears twice with different values`,
        );
      continue;
    }
    seen.set(id, { line: row.line, row, values });
    const figure = readEstablishment(row, id, reference, newRegions, problems);
    if (figure) establishments.push(figure);
  }
  problems.throwIfAny();
  if (establishments.length === 0) throw new ImportError(`${fileName}: the file has a header but no establishments`);
  const bands = [...new Set(establishments.map((row) => row.sizeBand))];
  const unmapped = establishments.filter((row) => row.clusterCode === null).length;
  return {
    format: "denue",
    fileName,
    source: {
      title: `INEGI, Directorio Estadístico Nacional de Unidades Económicas (DENUE): ${establishments.length} establishments (${bands.join("; ")}) — ${fileName}`,
      publisher: "Instituto Nacional de Estadística y Geografía (INEGI)",
      year: null,
      url: "https://www.inegi.org.mx/app/mapa/denue/",
      licence: "Libre uso con atribución: «Fuente: INEGI»",
      notes:
        "Establishments as listed, with their SCIAN 2018 activity, size band, municipio, locality and coordinates. A count of establishments, not of jobs: the only employment it implies is the band's minimum times the count, a lower bound.",
    },
    newRegions: [...newRegions.values()],
    industries: [],
    clusters: [],
    insured: [],
    establishments,
    rowsRead,
    skipped,
    notes: [
      `${establishments.length} distinct establishments in ${new Set(establishments.map((row) => row.regionCode)).size} municipios.`,
      ...(unmapped > 0
        ? [
            `${unmapped} establishments have an activity whose SCIAN→NAICS block spans clusters or lies in none: counted by activity, not by cluster.`,
          ]
        : []),
    ],
  };
}

function readEstablishment(
  row: Row,
  id: string,
  reference: ImportReference,
  newRegions: Map<string, RegionDefinition>,
  problems: ProblemList,
): EstablishmentFigure | undefined {
  const band = denueSizeBands[row.get("per_ocu")];
  if (!band)
    return void problems.cell(
      row.line,
      "per_ocu",
      row.get("per_ocu"),
      `is not a DENUE size band (one of ${Object.keys(denueSizeBands)
        .map((name) => `"${name}"`)
        .join(", ")})`,
    );
  const scianCode = row.get("codigo_act");
  if (!/^\d{6}$/.test(scianCode) || !reference.scianTitles.has(scianCode))
    return void problems.cell(row.line, "codigo_act", scianCode, "is not a six-digit SCIAN 2018 code");
  const state = row.get("cve_ent");
  const municipio = row.get("cve_mun");
  if (!/^\d{1,2}$/.test(state) || Number(state) < 1 || Number(state) > 32)
    return void problems.cell(row.line, "cve_ent", state, "is not an INEGI state code (1 to 32)");
  if (!/^\d{1,3}$/.test(municipio) || Number(municipio) < 1)
    return void problems.cell(row.line, "cve_mun", municipio, "is not an INEGI municipio code");
  const stateCode = state.padStart(2, "0");
  const regionCode = `${stateCode}${municipio.padStart(3, "0")}`;
  const stateKnown = reference.regions.get(stateCode) ?? newRegions.get(stateCode);
  if (!stateKnown) {
    const name = titleCase(row.has("entidad") ? row.get("entidad") : stateCode);
    newRegions.set(stateCode, {
      code: stateCode,
      nameEn: name,
      nameEs: name,
      country: "MX",
      kind: "state",
      parentCode: "MX",
      sortOrder: 100 + Number(stateCode),
    });
  } else if (stateKnown.country !== "MX" || stateKnown.kind !== "state") {
    return void problems.cell(
      row.line,
      "cve_ent",
      state,
      `is region ${stateCode} of the dashboard, which is not a Mexican state`,
    );
  }
  const known = reference.regions.get(regionCode) ?? newRegions.get(regionCode);
  if (!known) {
    const name = row.get("municipio");
    newRegions.set(regionCode, {
      code: regionCode,
      nameEn: name,
      nameEs: name,
      country: "MX",
      kind: "municipio",
      parentCode: stateCode,
      sortOrder: 200 + Number(municipio),
    });
  } else if (known.kind !== "municipio" || known.country !== "MX") {
    return void problems.cell(
      row.line,
      "cve_mun",
      municipio,
      `makes region ${regionCode}, which the dashboard holds as a ${known.country} ${known.kind} (${known.nameEn}), not a Mexican municipio`,
    );
  }
  const latitude = row.has("latitud") ? numberCell(row, "latitud", problems, "latitude") : null;
  const longitude = row.has("longitud") ? numberCell(row, "longitud", problems, "longitude") : null;
  if (latitude === undefined || longitude === undefined) return undefined;
  if (latitude !== null && Math.abs(latitude) > 90)
    return void problems.cell(row.line, "latitud", row.get("latitud"), "is not a latitude (−90 to 90)");
  if (longitude !== null && Math.abs(longitude) > 180)
    return void problems.cell(row.line, "longitud", row.get("longitud"), "is not a longitude (−180 to 180)");
  const text = (column: string) => (row.has(column) && row.get(column) !== "" ? row.get(column) : null);
  const mapping = reference.scianToCluster(scianCode);
  return {
    line: row.line,
    externalId: id,
    clee: text("clee"),
    scianCode,
    activityName: row.get("nombre_act"),
    sizeBand: row.get("per_ocu"),
    sizeMin: band.min,
    sizeMax: band.max,
    regionCode,
    localityCode: text("cve_loc"),
    localityName: text("localidad"),
    postalCode: text("cod_postal"),
    latitude,
    longitude,
    clusterCode: mapping.clusterCode,
    clusterNote: mapping.clusterCode === null ? mapping.reason : `SCIAN→NAICS 2017 block ${mapping.block}`,
    clusterNoteEs: mapping.clusterCode === null ? mapping.reasonEs : `Bloque SCIAN→NAICS 2017 ${mapping.block}`,
    candidateClusterCodes: mapping.clusterCode === null ? mapping.candidateClusterCodes : [],
  };
}
