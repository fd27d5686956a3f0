/** A cluster's standing on each side: the U.S. side's LQ and jobs, and the Mexican side's large plants. */
export type BothSidesRow = {
  clusterCode: number;
  nameEn: string;
  nameEs: string;
  usLq: number | null;
  usJobs: number | null;
  usJobsReported: number | null;
  mxPlants: number;
  /** Large plants in activities whose block spans this cluster and others: they may be its own, or not. */
  mxPlantsShared: number;
  strongOnBoth: boolean;
};

/**
 * Crosses the U.S. side's concentration with the Mexican side's large plants, cluster by cluster: a
 * cluster is strong on both sides when the U.S. side's LQ is above 1 and the Mexican municipios have
 * at least one large plant in it. Plants in an activity whose block spans several clusters count for
 * none of them (the strong rule never guesses), but each candidate cluster shows them apart. Listed:
 * the clusters strong on at least one side, both sides first, then by plants and LQ.
 */
export function crossBothSides(
  usRows: readonly {
    clusterCode: number;
    nameEn: string;
    nameEs: string;
    locationQuotient: number | null;
    employment: number | null;
    employmentReported: number | null;
  }[],
  plants: readonly { clusterCode: number | null; count: number }[],
  sharedActivities: readonly { candidateClusterCodes: readonly number[]; count: number }[] = [],
): BothSidesRow[] {
  const plantsOf = new Map(
    plants.filter((row) => row.clusterCode !== null).map((row) => [row.clusterCode!, row.count]),
  );
  const sharedOf = (clusterCode: number) =>
    sharedActivities
      .filter((row) => row.candidateClusterCodes.includes(clusterCode))
      .reduce((sum, row) => sum + row.count, 0);
  return usRows
    .map((row) => {
      const mxPlants = plantsOf.get(row.clusterCode) ?? 0;
      const usStrong = row.locationQuotient !== null && row.locationQuotient > 1;
      return {
        clusterCode: row.clusterCode,
        nameEn: row.nameEn,
        nameEs: row.nameEs,
        usLq: row.locationQuotient,
        usJobs: row.employment,
        usJobsReported: row.employmentReported,
        mxPlants,
        mxPlantsShared: sharedOf(row.clusterCode),
        strongOnBoth: usStrong && mxPlants > 0,
        usStrong,
      };
    })
    .filter((row) => row.usStrong || row.mxPlants > 0)
    .sort(
      (a, b) =>
        Number(b.strongOnBoth) - Number(a.strongOnBoth) || b.mxPlants - a.mxPlants || (b.usLq ?? 0) - (a.usLq ?? 0),
    )
    .map(({ usStrong, ...row }) => row);
}
