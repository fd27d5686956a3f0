/**
 * A national-scale synthetic dataset for benchmarks (npm run db:seed:scale): every region × cluster ×
 * year at the shape of the real tables, with made-up figures. Nothing here is data about a real place:
 * the synthetic counties and municipios have synthetic names, and the CaliBaja counties and municipios
 * it includes (so that the dashboard's own pages have rows to show) carry made-up figures under a
 * source whose title says so.
 */

export const syntheticSourceKey = "synthetic-scale-benchmark";
export const syntheticSourceTitle = "SYNTHETIC benchmark data (npm run db:seed:scale): not real figures";

export type ScaleShape = {
  /** Synthetic U.S. counties besides San Diego and Imperial. */
  usCounties: number;
  /** Synthetic Mexican municipios besides the five of Baja California. */
  mxMunicipios: number;
  firstYear: number;
  years: number;
  clusterCodes: readonly number[];
  /** Local clusters: larger and evenly spread, as in the real data. */
  localClusterCodes: ReadonlySet<number>;
  seed: number;
};

export const usHomeCounties = ["06073", "06025"] as const;
export const mxHomeMunicipios = ["02004", "02002", "02003", "02001", "02005"] as const;
/** Each side of the border is the sum of its members; the mega-region is never summed (two measures). */
export const syntheticAggregates: Readonly<Record<string, readonly string[]>> = {
  "us-side": usHomeCounties,
  "mx-side": mxHomeMunicipios,
};

export type SyntheticRegion = {
  code: string;
  country: "US" | "MX";
  nameEn: string;
  nameEs: string;
  generated: boolean;
};

export function syntheticRegions(shape: ScaleShape): SyntheticRegion[] {
  const pad = (index: number) => String(index + 1).padStart(4, "0");
  const home = (code: string, country: "US" | "MX") => ({
    code,
    country,
    nameEn: code,
    nameEs: code,
    generated: false,
  });
  return [
    ...usHomeCounties.map((code) => home(code, "US")),
    ...Array.from({ length: shape.usCounties }, (_, index) => ({
      code: `syn-us-${pad(index)}`,
      country: "US" as const,
      nameEn: `Synthetic county ${pad(index)}`,
      nameEs: `Condado sintético ${pad(index)}`,
      generated: true,
    })),
    ...mxHomeMunicipios.map((code) => home(code, "MX")),
    ...Array.from({ length: shape.mxMunicipios }, (_, index) => ({
      code: `syn-mx-${pad(index)}`,
      country: "MX" as const,
      nameEn: `Synthetic municipio ${pad(index)}`,
      nameEs: `Municipio sintético ${pad(index)}`,
      generated: true,
    })),
  ];
}

export type SyntheticRow = {
  regionCode: string;
  clusterCode: number;
  year: number;
  /** null: a suppressed cell, as small places have in the real data (missing, never 0). */
  employment: number | null;
  establishments: number | null;
  averageWageUsd: number | null;
  locationQuotient: number | null;
  lqBenchmarkCode: string | null;
  /** Set on the sums: which members were added. */
  derivation: string | null;
};

/** Mulberry32: a small seeded generator, so that the same shape and seed give the same dataset. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(random: () => number): number {
  const u = Math.max(random(), Number.EPSILON);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** Rows the dataset holds: every region (with the two sides and the two nations) × cluster × year. */
export function syntheticRowCount(shape: ScaleShape): number {
  const regions = syntheticRegions(shape).length + Object.keys(syntheticAggregates).length + 2;
  return regions * shape.clusterCodes.length * shape.years;
}

/**
 * Generates the rows, a region's rows at a time (all its clusters and years), so that a caller can
 * stream them to the database. Employment follows a log-normal size per place (median about 9,000
 * jobs, as U.S. counties), a cluster mix around a national one, and a yearly growth of its own per
 * place and cluster; about 4% of a small place's cells are suppressed. Location quotients are computed
 * from the generated figures against each country's total, as the import computes them.
 */
export function* syntheticRows(shape: ScaleShape): Generator<SyntheticRow[]> {
  const random = seededRandom(shape.seed);
  const regions = syntheticRegions(shape);
  const clusters = shape.clusterCodes;
  const cellsPerRegion = clusters.length * shape.years;
  const employment = new Float64Array(regions.length * cellsPerRegion);
  const suppressed = new Uint8Array(regions.length * cellsPerRegion);
  const nationalMix = clusters.map(
    (code) => (shape.localClusterCodes.has(code) ? 6 : 1) * Math.exp(normal(random) * 0.7),
  );
  const mixTotal = nationalMix.reduce((sum, share) => sum + share, 0);

  regions.forEach((_, regionIndex) => {
    const size = Math.exp(Math.log(9_000) + normal(random) * 1.5);
    const placeGrowth = 0.01 + normal(random) * 0.012;
    clusters.forEach((code, clusterIndex) => {
      const local = shape.localClusterCodes.has(code);
      const share = (nationalMix[clusterIndex]! / mixTotal) * Math.exp(normal(random) * (local ? 0.25 : 1.1));
      const growth = placeGrowth + normal(random) * 0.015;
      const present = local || random() < 0.75;
      for (let yearIndex = 0; yearIndex < shape.years; yearIndex++) {
        const cell = regionIndex * cellsPerRegion + clusterIndex * shape.years + yearIndex;
        const noise = Math.exp(normal(random) * 0.03);
        employment[cell] = present ? Math.round(size * share * (1 + growth) ** yearIndex * noise) : 0;
        suppressed[cell] = size < 5_000 && random() < 0.04 ? 1 : 0;
      }
    });
  });

  // Totals of what was published (suppressed cells are unknown, so they are left out of every sum).
  const countryTotals = new Map<string, Float64Array>();
  const regionTotals = new Float64Array(regions.length * shape.years);
  const totalsOf = (country: string) => {
    if (!countryTotals.has(country)) countryTotals.set(country, new Float64Array(cellsPerRegion + shape.years));
    return countryTotals.get(country)!;
  };
  regions.forEach((region, regionIndex) => {
    const totals = totalsOf(region.country);
    for (let clusterIndex = 0; clusterIndex < clusters.length; clusterIndex++)
      for (let yearIndex = 0; yearIndex < shape.years; yearIndex++) {
        const cell = regionIndex * cellsPerRegion + clusterIndex * shape.years + yearIndex;
        if (suppressed[cell]) continue;
        totals[clusterIndex * shape.years + yearIndex]! += employment[cell]!;
        totals[cellsPerRegion + yearIndex]! += employment[cell]!;
        regionTotals[regionIndex * shape.years + yearIndex]! += employment[cell]!;
      }
  });

  const locationQuotient = (
    value: number,
    regionTotal: number,
    country: string,
    clusterIndex: number,
    yearIndex: number,
  ) => {
    const totals = countryTotals.get(country)!;
    const national = totals[clusterIndex * shape.years + yearIndex]!;
    const nationalTotal = totals[cellsPerRegion + yearIndex]!;
    if (regionTotal === 0 || national === 0) return null;
    return Math.round((value / regionTotal / (national / nationalTotal)) * 10_000) / 10_000;
  };
  const rowsOf = (
    regionCode: string,
    country: string,
    figure: (clusterIndex: number, yearIndex: number) => number | null,
    regionTotal: (yearIndex: number) => number,
    derivation: string | null,
    withLq: boolean,
  ): SyntheticRow[] => {
    const rows: SyntheticRow[] = [];
    clusters.forEach((clusterCode, clusterIndex) => {
      for (let yearIndex = 0; yearIndex < shape.years; yearIndex++) {
        const value = figure(clusterIndex, yearIndex);
        rows.push({
          regionCode,
          clusterCode,
          year: shape.firstYear + yearIndex,
          employment: value,
          establishments: value === null ? null : Math.max(value === 0 ? 0 : 1, Math.round(value / 14)),
          averageWageUsd: value === null || value === 0 ? null : Math.round(38_000 + (clusterCode % 17) * 3_100),
          locationQuotient:
            value === null || !withLq
              ? null
              : locationQuotient(value, regionTotal(yearIndex), country, clusterIndex, yearIndex),
          lqBenchmarkCode: value === null || !withLq ? null : country,
          derivation,
        });
      }
    });
    return rows;
  };
  const regionIndexOf = new Map(regions.map((region, index) => [region.code, index]));
  const cellValue = (regionIndex: number, clusterIndex: number, yearIndex: number) => {
    const cell = regionIndex * cellsPerRegion + clusterIndex * shape.years + yearIndex;
    return suppressed[cell] ? null : employment[cell]!;
  };

  for (const [regionIndex, region] of regions.entries())
    yield rowsOf(
      region.code,
      region.country,
      (clusterIndex, yearIndex) => cellValue(regionIndex, clusterIndex, yearIndex),
      (yearIndex) => regionTotals[regionIndex * shape.years + yearIndex]!,
      null,
      true,
    );
  for (const [aggregate, members] of Object.entries(syntheticAggregates)) {
    const indexes = members.map((member) => regionIndexOf.get(member)!);
    const country = regions[indexes[0]!]!.country;
    // A sum with a suppressed member is unknown: shown as missing, never as a smaller figure.
    const sum = (clusterIndex: number, yearIndex: number) => {
      const parts = indexes.map((index) => cellValue(index, clusterIndex, yearIndex));
      return parts.some((part) => part === null) ? null : parts.reduce<number>((total, part) => total + part!, 0);
    };
    const total = (yearIndex: number) =>
      indexes.reduce((sumOfTotals, index) => sumOfTotals + regionTotals[index * shape.years + yearIndex]!, 0);
    yield rowsOf(aggregate, country, sum, total, `Sum of ${members.join(", ")} (synthetic)`, true);
  }
  for (const [country, totals] of countryTotals)
    yield rowsOf(
      country,
      country,
      (clusterIndex, yearIndex) => totals[clusterIndex * shape.years + yearIndex]!,
      (yearIndex) => totals[cellsPerRegion + yearIndex]!,
      `Sum of every synthetic ${country === "US" ? "county" : "municipio"} (synthetic)`,
      false,
    );
}
