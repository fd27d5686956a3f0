import { z } from "zod";
import type { PrismaClient } from "../generated/prisma/client";
import type { ClusterType, Country, RegionKind } from "../generated/prisma/enums";
import { buildClusters } from "../dataset/build-reference";
import { dataFilePath } from "../dataset/files";
import { readNaicsConcordance, readScianCodes } from "../dataset/reference-files";
import { assignNaics2017ToClusters, type Naics2017Assignment } from "../dataset/naics-clusters";
import { cell, readCsv } from "../dataset/read-csv";

export type KnownRegion = { code: string; nameEn: string; nameEs?: string; country: Country; kind: RegionKind };
export type KnownCluster = { code: number; nameEn: string; type: ClusterType };

/** Where a SCIAN activity lands among the CMP clusters, or why it cannot be placed in one. */
export type ScianClusterMapping =
  | { clusterCode: number; block: string }
  | { clusterCode: null; block: string | null; reason: string; reasonEs: string; candidateClusterCodes: number[] };

/** The code lists, concordances and regions an import checks its rows against. */
export type ImportReference = {
  regions: Map<string, KnownRegion>;
  clusters: Map<number, KnownCluster>;
  clusterOfNaics2012: Map<string, number>;
  naics2017Assignments: Map<string, Naics2017Assignment>;
  naics2012Titles: Map<string, string>;
  naics2017Titles: Map<string, string>;
  scianTitles: Map<string, string>;
  isIndustryCode: (system: "NAICS2012" | "NAICS2017" | "SCIAN2018", code: string) => boolean;
  scianToCluster: (code: string) => ScianClusterMapping;
};

/** Sector codes that span several two-digit numbers, as the publishers write them, and CBP's "99" (industries not classified). */
const naicsSectorRanges = ["31-33", "44-45", "48-49", "99"];
const scianSectorRanges = ["31-33", "48-49"];

function withPrefixes(sixDigitCodes: Iterable<string>): Set<string> {
  const codes = new Set<string>();
  for (const code of sixDigitCodes) for (let digits = 2; digits <= 6; digits += 1) codes.add(code.slice(0, digits));
  return codes;
}

function readScianBlocks() {
  return readCsv(
    dataFilePath("scianNaicsConcordance"),
    z.object({
      scian2018_clase: z.string().regex(/^\d{6}$/),
      naics2017_code_at_that_level: cell.text,
      naics2017_6digit_codes_in_block: cell.text,
    }),
  );
}

/** The code lists and concordances read from the shipped files: read once per process. */
let fileReference: Omit<ImportReference, "regions"> | undefined;

export async function loadImportReference(prisma: PrismaClient): Promise<ImportReference> {
  fileReference ??= readFileReference();
  const regions = new Map(
    (
      await prisma.region.findMany({ select: { code: true, nameEn: true, nameEs: true, country: true, kind: true } })
    ).map((region) => [region.code, region]),
  );
  return { ...fileReference, regions };
}

function readFileReference(): Omit<ImportReference, "regions"> {
  const { clusters, clusterOfNaics2012 } = buildClusters();
  const concordance = readNaicsConcordance();
  const { assignments, ambiguous } = assignNaics2017ToClusters(concordance, clusterOfNaics2012);
  const naics2017Titles = new Map(concordance.map((row) => [row.naics2017_code, row.naics2017_title]));
  const naics2012Titles = new Map<string, string>();
  const definitions = readCsv(
    dataFilePath("clusterDefinitions"),
    z.object({ naics2012_code: cell.text, naics2012_title: cell.text }),
  );
  for (const row of definitions) naics2012Titles.set(row.naics2012_code, row.naics2012_title);
  const naics2012Codes = withPrefixes(concordance.map((row) => row.naics2012_code));
  const naics2017Codes = withPrefixes(concordance.map((row) => row.naics2017_code));
  const scianTitles = new Map(readScianCodes().map((row) => [row.scian2018_code, row.title_es]));

  const clusterOfNaics2017 = (code: string): number[] =>
    assignments.has(code) ? [assignments.get(code)!.clusterCode] : (ambiguous.get(code) ?? []);
  const blockOfClase = new Map(
    readScianBlocks().map((row) => [
      row.scian2018_clase,
      { block: row.naics2017_code_at_that_level, codes: row.naics2017_6digit_codes_in_block.split(";") },
    ]),
  );
  const clases = [...blockOfClase.keys()];
  const mappingCache = new Map<string, ScianClusterMapping>();

  const scianToCluster = (code: string): ScianClusterMapping => {
    const cached = mappingCache.get(code);
    if (cached) return cached;
    const members = clases.filter((clase) => clase.startsWith(code));
    const blocks = [...new Set(members.map((clase) => blockOfClase.get(clase)!.block))];
    const naicsCodes = [...new Set(members.flatMap((clase) => blockOfClase.get(clase)!.codes))];
    const clusterCodes = [...new Set(naicsCodes.flatMap(clusterOfNaics2017))].sort((a, b) => a - b);
    const unassigned = naicsCodes.filter((naics) => clusterOfNaics2017(naics).length === 0);
    const block = blocks.length === 1 ? blocks[0]! : null;
    let mapping: ScianClusterMapping;
    if (code.length === 2 || /-/.test(code))
      mapping = {
        clusterCode: null,
        block: null,
        reason: `SCIAN sector ${code}: only sector totals can be compared`,
        reasonEs: `Sector SCIAN ${code}: solo se comparan totales de sector`,
        candidateClusterCodes: [],
      };
    else if (members.length === 0)
      mapping = {
        clusterCode: null,
        block: null,
        reason: `SCIAN ${code} has no clase in the concordance`,
        reasonEs: `SCIAN ${code} no tiene clase en la concordancia`,
        candidateClusterCodes: [],
      };
    else if (unassigned.length > 0)
      mapping = {
        clusterCode: null,
        block,
        reason: `SCIAN ${code} → NAICS 2017 ${unassigned.slice(0, 4).join(", ")}${unassigned.length > 4 ? ` and ${unassigned.length - 4} more` : ""}: in no CMP cluster`,
        reasonEs: `SCIAN ${code} → NAICS 2017 ${unassigned.slice(0, 4).join(", ")}${unassigned.length > 4 ? ` y ${unassigned.length - 4} más` : ""}: en ningún clúster del CMP`,
        candidateClusterCodes: [],
      };
    else if (clusterCodes.length !== 1)
      mapping = {
        clusterCode: null,
        block,
        reason: `SCIAN ${code} → NAICS 2017 block ${blocks.join(", ")}: spans clusters ${clusterCodes.join(", ")}`,
        reasonEs: `SCIAN ${code} → bloque NAICS 2017 ${blocks.join(", ")}: abarca los clústeres ${clusterCodes.join(", ")}`,
        candidateClusterCodes: clusterCodes,
      };
    else mapping = { clusterCode: clusterCodes[0]!, block: block ?? blocks.join("+") };
    mappingCache.set(code, mapping);
    return mapping;
  };

  return {
    clusters: new Map(
      clusters.map((cluster) => [cluster.code, { code: cluster.code, nameEn: cluster.nameEn, type: cluster.type }]),
    ),
    clusterOfNaics2012,
    naics2017Assignments: assignments,
    naics2012Titles,
    naics2017Titles,
    scianTitles,
    isIndustryCode: (system, code) => {
      if (system === "SCIAN2018") return scianTitles.has(code) || scianSectorRanges.includes(code);
      if (code === "00" || naicsSectorRanges.includes(code)) return true;
      return (system === "NAICS2012" ? naics2012Codes : naics2017Codes).has(code);
    },
    scianToCluster,
  };
}
