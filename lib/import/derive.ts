import { locationQuotients } from "../calculations/location-quotient";
import { aggregateMembers } from "../dataset/regions";
import type { EmploymentBasis } from "../generated/prisma/enums";
import {
  computedLqDerivation,
  derivationColumns,
  industrySumDerivation,
  joinDerivations,
  memberSumDerivation,
  rowDerivation,
} from "./derivation-text";
import type { ImportReference } from "./reference";
import { noCmpExtras, type ClusterFigure, type IndustryFigure, type ParsedImport } from "./types";

/**
 * The aggregate regions an import fills when one file covers all of their members: each side of the
 * border on its own. Never the mega-region: its two sides count different measures (CBP employees,
 * INEGI or IMSS workers), which are shown side by side and never added.
 */
export const importAggregates: Readonly<Record<string, readonly string[]>> = aggregateMembers;

/** National employment per cluster, by year: the benchmark of computed location quotients. */
export type NationalBenchmarks = Map<number, Map<number, number>>;

/**
 * Everything an import adds beyond the file's own rows: industries summed into clusters, members
 * summed into the sides of the border and the mega-region, and location quotients where a complete
 * benchmark exists. Nothing is estimated: a sum with withheld parts is a lower bound, and a lower
 * bound gets no location quotient.
 */
export function deriveAggregates(
  parsed: ParsedImport,
  reference: ImportReference,
  usBenchmarks: NationalBenchmarks,
): ParsedImport {
  const notes = [...parsed.notes];
  const industries = [...parsed.industries, ...sumIndustriesToAggregates(parsed.industries)];
  const fromIndustries = clustersFromIndustries(parsed, reference, notes);
  const clusters = [...parsed.clusters, ...fromIndustries];
  clusters.push(...sumClustersToAggregates(clusters, reference));
  const implied = (parsed.benchmarks ?? [])
    .filter((row) => row.regionCode === "US" && row.clusterCode !== null)
    .map((row) => ({ year: row.year, clusterCode: row.clusterCode!, employment: row.employment }));
  addLocationQuotients(clusters, reference, usBenchmarks, implied, notes);
  return { ...parsed, industries, clusters, notes };
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(key(row)) ?? [];
    list.push(row);
    groups.set(key(row), list);
  }
  return groups;
}

/** Side and mega-region industry totals, only where every member has a published figure. */
function sumIndustriesToAggregates(rows: readonly IndustryFigure[]): IndustryFigure[] {
  const result: IndustryFigure[] = [];
  const present = new Set(rows.map((row) => row.regionCode));
  const cells = groupBy(rows, (row) => `${row.system}|${row.code}|${row.year}`);
  for (const [aggregate, members] of Object.entries(importAggregates)) {
    if (present.has(aggregate) || !members.every((member) => present.has(member))) continue;
    for (const cell of cells.values()) {
      const parts = members.map((member) => cell.find((row) => row.regionCode === member));
      if (parts.some((part) => !part || part.employment === null)) continue;
      const complete = parts as IndustryFigure[];
      const sum = (pick: (row: IndustryFigure) => number | null) =>
        complete.every((row) => pick(row) !== null) ? complete.reduce((total, row) => total + pick(row)!, 0) : null;
      result.push({
        ...complete[0]!,
        regionCode: aggregate,
        employment: sum((row) => row.employment),
        establishments: sum((row) => row.establishments),
        payrollThousandUsd: sum((row) => row.payrollThousandUsd),
        valueAddedMillionMxn: sum((row) => row.valueAddedMillionMxn),
        withheld: false,
      });
    }
  }
  return result;
}

function clustersFromIndustries(parsed: ParsedImport, reference: ImportReference, notes: string[]): ClusterFigure[] {
  const ownClusterCells = new Set(parsed.clusters.map((row) => `${row.regionCode}|${row.year}`));
  const unmapped = new Map<string, number>();
  const result: ClusterFigure[] = [];
  const byRegionYear = groupBy(
    parsed.industries.filter(
      (row) => !(row.regionCode in importAggregates) && !ownClusterCells.has(`${row.regionCode}|${row.year}`),
    ),
    (row) => `${row.regionCode}|${row.year}|${row.system}`,
  );
  for (const rows of byRegionYear.values()) {
    const { regionCode, year, system } = rows[0]!;
    // Only the finest level in the file is summed, so that a subsector and its ramas are not counted twice.
    const sectorLevel = (row: IndustryFigure) => row.code.length === 2 || row.code.includes("-");
    const finest = Math.max(...rows.filter((row) => !sectorLevel(row)).map((row) => row.code.length), 0);
    if (system !== "SCIAN2018" && finest !== 6) continue;
    if (finest === 0) continue;
    const sums = new Map<
      number,
      {
        employment: number;
        establishments: number | null;
        payroll: number | null;
        industries: number;
        withheld: number;
      }
    >();
    for (const row of rows.filter((candidate) => candidate.code.length === finest && !sectorLevel(candidate))) {
      let clusterCode: number | null | undefined;
      if (system === "NAICS2012") clusterCode = reference.clusterOfNaics2012.get(row.code);
      else if (system === "NAICS2017") clusterCode = reference.naics2017Assignments.get(row.code)?.clusterCode;
      else {
        const mapping = reference.scianToCluster(row.code);
        clusterCode = mapping.clusterCode;
        if (mapping.clusterCode === null) unmapped.set(mapping.reason, (unmapped.get(mapping.reason) ?? 0) + 1);
      }
      if (clusterCode === undefined)
        unmapped.set(
          `${system} ${row.code}: in no CMP cluster`,
          (unmapped.get(`${system} ${row.code}: in no CMP cluster`) ?? 0) + 1,
        );
      if (clusterCode === undefined || clusterCode === null) continue;
      const sum = sums.get(clusterCode) ?? { employment: 0, establishments: 0, payroll: 0, industries: 0, withheld: 0 };
      sum.employment += row.employment ?? 0;
      sum.establishments =
        sum.establishments === null || row.establishments === null ? null : sum.establishments + row.establishments;
      sum.payroll =
        sum.payroll === null || row.payrollThousandUsd === null ? null : sum.payroll + row.payrollThousandUsd;
      sum.industries += 1;
      if (row.withheld) sum.withheld += 1;
      sums.set(clusterCode, sum);
    }
    const isCensusSum = system !== "SCIAN2018";
    for (const [clusterCode, sum] of sums) {
      const lowerBound = isCensusSum || sum.withheld > 0;
      result.push({
        ...noCmpExtras,
        withheldCells: sum.withheld,
        line: null,
        regionCode,
        clusterCode,
        year,
        basis: "published_cells_sum",
        employment: sum.employment,
        employmentReported: sum.employment,
        employmentIsLowerBound: lowerBound,
        establishments: sum.establishments,
        payrollThousandUsd: sum.payroll,
        averageWageUsd: sum.payroll !== null && sum.employment > 0 ? (sum.payroll * 1000) / sum.employment : null,
        locationQuotient: null,
        lqBenchmarkCode: null,
        lqPublished: false,
        pandemicFlag: rows[0]!.pandemicFlag,
        ...derivationColumns(
          industrySumDerivation({
            industries: sum.industries,
            system,
            digits: finest,
            censusSum: isCensusSum,
            withheldCells: sum.withheld,
          }),
        ),
      });
    }
  }
  if (unmapped.size > 0) {
    const total = [...unmapped.values()].reduce((sum, count) => sum + count, 0);
    const listed = [...unmapped]
      .slice(0, 15)
      .map(([reason, count]) => `  ${reason} (${count} row${count > 1 ? "s" : ""})`);
    notes.push(
      `${total} industry rows could not be placed in a single cluster and count in no cluster (they stay stored as industries):\n${listed.join("\n")}${unmapped.size > 15 ? `\n  … and ${unmapped.size - 15} more` : ""}`,
    );
  }
  return result;
}

function sumClustersToAggregates(rows: readonly ClusterFigure[], reference: ImportReference): ClusterFigure[] {
  const result: ClusterFigure[] = [];
  for (const [aggregate, members] of Object.entries(importAggregates)) {
    for (const [year, yearRows] of groupBy(rows, (row) => String(row.year))) {
      const regions = new Set(yearRows.map((row) => row.regionCode));
      if (regions.has(aggregate) || !members.every((member) => regions.has(member))) continue;
      for (const clusterCode of new Set(
        yearRows.filter((row) => members.includes(row.regionCode)).map((row) => row.clusterCode),
      )) {
        const parts = members.map((member) =>
          yearRows.find((row) => row.regionCode === member && row.clusterCode === clusterCode),
        );
        const present = parts.filter((part): part is ClusterFigure => part !== undefined);
        const sum = (pick: (row: ClusterFigure) => number | null) =>
          present.length === members.length && present.every((row) => pick(row) !== null)
            ? present.reduce((total, row) => total + pick(row)!, 0)
            : null;
        const employment = present.reduce((total, row) => total + (row.employment ?? 0), 0);
        const lowerBound =
          present.length < members.length ||
          present.some((row) => row.employmentIsLowerBound || row.employment === null);
        const bases = new Set(present.map((row) => row.basis));
        const basis: EmploymentBasis = bases.size === 1 && !lowerBound ? [...bases][0]! : "published_cells_sum";
        const reported = sum((row) => row.employmentReported);
        const payroll = sum((row) => row.payrollThousandUsd);
        result.push({
          ...noCmpExtras,
          withheldCells: present.reduce((total, row) => total + row.withheldCells, 0),
          line: null,
          regionCode: aggregate,
          clusterCode,
          year: Number(year),
          basis,
          employment,
          employmentReported: reported,
          employmentIsLowerBound: lowerBound,
          establishments: sum((row) => row.establishments),
          payrollThousandUsd: payroll,
          averageWageUsd:
            payroll !== null && (reported ?? employment) > 0 ? (payroll * 1000) / (reported ?? employment) : null,
          locationQuotient: null,
          lqBenchmarkCode: null,
          lqPublished: false,
          pandemicFlag: present.some((row) => row.pandemicFlag),
          ...derivationColumns(
            memberSumDerivation(
              members.map((member) => reference.regions.get(member) ?? { nameEn: member }),
              lowerBound,
            ),
          ),
        });
      }
    }
  }
  return result;
}

function addLocationQuotients(
  rows: ClusterFigure[],
  reference: ImportReference,
  usBenchmarks: NationalBenchmarks,
  implied: readonly { year: number; clusterCode: number; employment: number }[],
  notes: string[],
): void {
  const typeOf = (code: number) => reference.clusters.get(code)!.type;
  const withType = (list: readonly { clusterCode: number; employment: number }[]) =>
    list.map((row) => ({ ...row, clusterType: typeOf(row.clusterCode) }));
  const skippedForBounds = new Set<string>();
  for (const [key, regionRows] of groupBy(rows, (row) => `${row.regionCode}|${row.year}`)) {
    const targets = regionRows.filter((row) => !row.lqPublished);
    if (targets.length === 0) continue;
    const { regionCode, year } = regionRows[0]!;
    const country = reference.regions.get(regionCode)?.country;
    let benchmark: { clusterCode: number; employment: number }[] = [];
    let benchmarkCode: "US" | "MX" | null = null;
    if (country === "US" && regionCode !== "US") {
      const stored = usBenchmarks.get(year);
      benchmark = stored
        ? [...stored].map(([clusterCode, employment]) => ({ clusterCode, employment }))
        : implied.filter((row) => row.year === year);
      benchmarkCode = "US";
    } else if (country === "MX" && regionCode !== "MX") {
      const national = rows.filter((row) => row.regionCode === "MX" && row.year === year);
      if (national.some((row) => row.employmentIsLowerBound || row.employment === null)) benchmark = [];
      else benchmark = national.map((row) => ({ clusterCode: row.clusterCode, employment: row.employment! }));
      benchmarkCode = "MX";
    }
    if (benchmark.length === 0 || benchmarkCode === null) continue;
    // Shares within a cluster type need every cluster of the region: with a lower bound anywhere the shares are not known.
    if (regionRows.some((row) => row.employmentIsLowerBound || row.employment === null)) {
      skippedForBounds.add(key);
      continue;
    }
    const quotients = locationQuotients(
      withType(regionRows.map((row) => ({ clusterCode: row.clusterCode, employment: row.employment! }))),
      withType(benchmark),
    );
    for (const row of targets) {
      row.locationQuotient = quotients.get(row.clusterCode) ?? null;
      row.lqBenchmarkCode = row.locationQuotient === null ? null : benchmarkCode;
      if (row.locationQuotient !== null) {
        Object.assign(
          row,
          derivationColumns(joinDerivations(rowDerivation(row), computedLqDerivation(benchmarkCode, year))),
        );
      }
    }
  }
  if (skippedForBounds.size > 0) {
    notes.push(
      `No location quotient for ${skippedForBounds.size} region-years whose cluster figures include lower bounds (withheld or unpublished cells): ${[...skippedForBounds].slice(0, 10).join(", ")}`,
    );
  }
}
