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
    else if (clusters.length > 1)
      ambiguous.set(
        code2017,
        clusters.sort((a, b) => a - b),
      );
    else
      assignments.set(code2017, {
        clusterCode: clusters[0]!,
        naics2012Codes: parts,
        viaConcordance: !(parts.length === 1 && parts[0] === code2017),
      });
  }
  return { assignments, unassigned, ambiguous };
}
