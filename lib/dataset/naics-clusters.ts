export type ConcordancePair = { naics2017_code: string; naics2012_code: string };

export type Naics2017Assignment = { clusterCode: number; naics2012Codes: string[]; viaConcordance: boolean };

/**
 * Assigns NAICS 2017 industries to clusters through the official 2017→2012 concordance. A 2017
 * industry whose 2012 parts fall into more than one cluster would need an allocation choice; the
 * function refuses it rather than guess, so a new year with such a code fails loudly.
 */
export function assignNaics2017ToClusters(
  pairs: readonly ConcordancePair[],
  clusterOfNaics2012: ReadonlyMap<string, number>,
): { assignments: Map<string, Naics2017Assignment>; unassigned: string[]; ambiguous: Map<string, number[]> } {
  const partsOf = new Map<string, string[]>();
  for (const pair of pairs) {
    const parts = partsOf.get(pair.naics2017_code) ?? [];
    parts.push(pair.naics2012_code);
    partsOf.set(pair.naics2017_code, parts);
  }
  const assignments = new Map<string, Naics2017Assignment>();
  const unassigned: string[] = [];
  const ambiguous = new Map<string, number[]>();
  for (const [code2017, parts] of partsOf) {
    const clusters = [...new Set(parts.flatMap((part) => clusterOfNaics2012.get(part) ?? []))];
    if (clusters.length === 0) unassigned.push(code2017);
    else if (clusters.length > 1) ambiguous.set(code2017, clusters.sort((a, b) => a - b));
    else
      assignments.set(code2017, {
        clusterCode: clusters[0]!,
        naics2012Codes: parts,
        viaConcordance: !(parts.length === 1 && parts[0] === code2017),
      });
  }
  return { assignments, unassigned, ambiguous };
}

export type IndustryValue = { regionCode: string; year: number; code: string; employment: number | null; establishments: number | null; payrollThousandUsd: number | null };

export type ClusterSum = {
  regionCode: string;
  year: number;
  clusterCode: number;
  employment: number;
  establishments: number;
  payrollThousandUsd: number | null;
  industries: number;
};

/**
 * Sums published six-digit industries into clusters. The result is a lower bound: the Census does
 * not publish cells with fewer than 3 establishments. Payroll is summed only where every industry has it.
 */
export function sumIndustriesToClusters(
  rows: readonly IndustryValue[],
  assignments: ReadonlyMap<string, Naics2017Assignment>,
): { sums: ClusterSum[]; unmapped: IndustryValue[] } {
  const sums = new Map<string, ClusterSum & { payrollComplete: boolean }>();
  const unmapped: IndustryValue[] = [];
  for (const row of rows) {
    const assignment = assignments.get(row.code);
    if (!assignment) {
      unmapped.push(row);
      continue;
    }
    const key = `${row.regionCode}|${row.year}|${assignment.clusterCode}`;
    const sum = sums.get(key) ?? {
      regionCode: row.regionCode,
      year: row.year,
      clusterCode: assignment.clusterCode,
      employment: 0,
      establishments: 0,
      payrollThousandUsd: 0,
      industries: 0,
      payrollComplete: true,
    };
    sum.employment += row.employment ?? 0;
    sum.establishments += row.establishments ?? 0;
    if (row.payrollThousandUsd === null) sum.payrollComplete = false;
    else sum.payrollThousandUsd = (sum.payrollThousandUsd ?? 0) + row.payrollThousandUsd;
    sum.industries += 1;
    sums.set(key, sum);
  }
  return {
    sums: [...sums.values()].map(({ payrollComplete, ...sum }) => ({
      ...sum,
      payrollThousandUsd: payrollComplete ? sum.payrollThousandUsd : null,
    })),
    unmapped,
  };
}
