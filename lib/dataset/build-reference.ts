import { clusterNamesEs } from "./cluster-names-es";
import { readScianCodes } from "./mx-and-binational-files";
import { assignNaics2017ToClusters, type Naics2017Assignment } from "./naics-clusters";
import { readCbp, readClusterDefinitions, readNaicsConcordance, readSubclusterCrosswalk, readSubclusters, type CbpRow } from "./us-files";
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
  return readSubclusters().map((row) => ({ clusterCode: row.cluster_code, number: row.subcluster_code, nameEn: row.subcluster_name }));
}

export type CbpData = { rows: CbpRow[]; assignments: Map<string, Naics2017Assignment> };

export function readAllCbp(clusterOfNaics2012: ReadonlyMap<string, number>): CbpData {
  const rows = [...readCbp("cbp2018and2019"), ...readCbp("cbp2020"), ...readCbp("cbp2021")];
  const { assignments } = assignNaics2017ToClusters(readNaicsConcordance(), clusterOfNaics2012);
  return { rows, assignments };
}

/** NAICS 2012 (the cluster definitions), NAICS 2017 (every code CBP publishes) and SCIAN 2018 industries. */
export function buildIndustries(cbp: CbpData): IndustryRow[] {
  const subclusterOf = new Map(readSubclusterCrosswalk().map((row) => [row.naics2012_code, row.subcluster_code_matched]));
  const naics2012: IndustryRow[] = readClusterDefinitions().map((row) => ({
    system: "NAICS2012",
    code: row.naics2012_code,
    titleEn: row.naics2012_title,
    titleEs: null,
    digits: 6,
    clusterCode: row.cluster_code,
    subclusterNumber: subclusterOf.get(row.naics2012_code) ?? null,
    clusterNote: null,
  }));

  const titles2017 = new Map(readNaicsConcordance().map((row) => [row.naics2017_code, row.naics2017_title]));
  const codes2017 = new Map<string, number>();
  for (const row of cbp.rows) codes2017.set(row.naics2017_code, row.naics_digits);
  const naics2017: IndustryRow[] = [...codes2017].map(([code, digits]) => {
    const assignment = digits === 6 ? cbp.assignments.get(code) : undefined;
    const sameCodeSubcluster = assignment && !assignment.viaConcordance ? (subclusterOf.get(code) ?? null) : null;
    return {
      system: "NAICS2017",
      code,
      titleEn: titles2017.get(code) ?? null,
      titleEs: null,
      digits,
      clusterCode: assignment?.clusterCode ?? null,
      subclusterNumber: sameCodeSubcluster,
      clusterNote: assignment?.viaConcordance
        ? `Assigned through the NAICS 2017→2012 concordance (2012: ${assignment.naics2012Codes.join(", ")})`
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
  }));
  return [...naics2012, ...naics2017, ...scian];
}
