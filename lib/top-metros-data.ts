import "server-only";
import { caliBajaMetroCodes } from "./calculations/compare";
import { getComparisonYear, getTopMetrosForCluster, type TopRegionRow } from "./queries/compare";

/** The metros a cluster page ranks (the CaliBaja metros are shown wherever they rank). */
export const topMetroCount = 10;
/** A metro's LQ ranks among metros only with at least this many jobs in the cluster (as the overview's LQ rankings). */
export const topMetroMinJobs = 1000;

export type TopMetros = { year: number; byEmployment: TopRegionRow[]; byLq: TopRegionRow[]; source: string };

/** The top U.S. metropolitan areas for a cluster by jobs and by LQ, in the year San Diego's metro has figures. */
export async function loadTopMetros(clusterCode: number): Promise<TopMetros | null> {
  const year = await getComparisonYear([caliBajaMetroCodes[0]]);
  if (year === null) return null;
  const [byEmployment, byLq] = await Promise.all([
    getTopMetrosForCluster(clusterCode, year, "employment", topMetroCount, caliBajaMetroCodes, topMetroMinJobs),
    getTopMetrosForCluster(clusterCode, year, "lq", topMetroCount, caliBajaMetroCodes, topMetroMinJobs),
  ]);
  if (byEmployment.length === 0) return null;
  return { year, byEmployment, byLq, source: byEmployment[0]!.sourceTitle };
}
