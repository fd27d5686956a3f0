import { clusterNamesEs } from "./cluster-names-es";

import { assignNaics2017ToClusters } from "./naics-clusters";
import {
  readClusterDefinitions,
  readNaicsConcordance,
  readScianCodes,
  readSubclusterCrosswalk,
  readSubclusters,
} from "./reference-files";
import type { ClusterType, IndustrySystem } from "../generated/prisma/enums";

export type ClusterRow = { code: number; key: string; nameEn: string; nameEs: string; type: ClusterType };
export type SubclusterRow = { clusterCode: number; number: number; nameEn: string };
export type IndustryRow = {
  system: IndustrySystem;
  code: string;
  titleEn: string | null;
  titleEs: string | null;
  digits: number;
  clusterCode: number | null;
  subclusterNumber: number | null;
  clusterNote: string | null;
  clusterNoteEs: string | null;
};

export function buildClusters(): { clusters: ClusterRow[]; clusterOfNaics2012: Map<string, number> } {
  const definitions = readClusterDefinitions();
  const clusters = new Map<number, ClusterRow>();
  const clusterOfNaics2012 = new Map<string, number>();
  for (const row of definitions) {
    const nameEs = clusterNamesEs[row.cluster_code];
    if (!nameEs) throw new Error(`No Spanish name for cluster ${row.cluster_code} (${row.cluster_name})`);
    clusters.set(row.cluster_code, {
      code: row.cluster_code,
      key: row.cluster_key,
      nameEn: row.cluster_name,
      nameEs,
      type: row.cluster_type,
    });
    clusterOfNaics2012.set(row.naics2012_code, row.cluster_code);
  }
  return { clusters: [...clusters.values()].sort((a, b) => a.code - b.code), clusterOfNaics2012 };
}

export function buildSubclusters(): SubclusterRow[] {
  return readSubclusters().map((row) => ({
    clusterCode: row.cluster_code,
    number: row.subcluster_code,
    nameEn: row.subcluster_name,
  }));
}

/**
 * NAICS 2012 (the cluster definitions), every six-digit NAICS 2017 industry of the official concordance
 * (with its cluster through the concordance) and every SCIAN 2018 code. Sector and group levels of
 * NAICS 2017 are added by the imports that use them.
 */
export function buildIndustries(clusterOfNaics2012: ReadonlyMap<string, number>): IndustryRow[] {
  const subclusterOf = new Map(
    readSubclusterCrosswalk().map((row) => [row.naics2012_code, row.subcluster_code_matched]),
  );
  const naics2012: IndustryRow[] = readClusterDefinitions().map((row) => ({
    system: "NAICS2012",
    code: row.naics2012_code,
    titleEn: row.naics2012_title,
    titleEs: null,
    digits: 6,
    clusterCode: row.cluster_code,
    subclusterNumber: subclusterOf.get(row.naics2012_code) ?? null,
    clusterNote: null,
    clusterNoteEs: null,
  }));

  const concordance = readNaicsConcordance();
  const { assignments } = assignNaics2017ToClusters(concordance, clusterOfNaics2012);
  const titles2017 = new Map(concordance.map((row) => [row.naics2017_code, row.naics2017_title]));
  const naics2017: IndustryRow[] = [...titles2017].map(([code, title]) => {
    const assignment = assignments.get(code);
    return {
      system: "NAICS2017",
      code,
      titleEn: title,
      titleEs: null,
      digits: 6,
      clusterCode: assignment?.clusterCode ?? null,
      subclusterNumber: assignment && !assignment.viaConcordance ? (subclusterOf.get(code) ?? null) : null,
      clusterNote: assignment?.viaConcordance
        ? `Assigned through the NAICS 2017→2012 concordance (2012: ${assignment.naics2012Codes.join(", ")})`
        : null,
      clusterNoteEs: assignment?.viaConcordance
        ? `Asignada mediante la concordancia NAICS 2017→2012 (2012: ${assignment.naics2012Codes.join(", ")})`
        : null,
    };
  });

  const scian: IndustryRow[] = readScianCodes().map((row) => ({
    system: "SCIAN2018",
    code: row.scian2018_code,
    titleEn: null,
    titleEs: row.title_es,
    digits: row.digits,
    clusterCode: null,
    subclusterNumber: null,
    clusterNote: null,
    clusterNoteEs: null,
  }));
  return [...naics2012, ...naics2017, ...scian];
}
