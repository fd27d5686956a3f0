import { openExpectedDatabase } from "./expected-database";

export const enUS = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
export const esMX = new Intl.NumberFormat("es-MX", { maximumFractionDigits: 0 });
export const lqText = (value: number, locale = "en-US") =>
  new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);

/**
 * What the database holds for a region and year, read with Prisma directly (not through the app's
 * query functions), ordered as the dashboard must show it.
 */
export async function expectedClusters(regionCode: string, year: number) {
  const { prisma } = openExpectedDatabase();
  const rows = await prisma.clusterObservation.findMany({ where: { regionCode, year }, include: { cluster: true } });
  const byLq = rows
    .filter((row) => row.locationQuotient !== null)
    .sort((a, b) => b.locationQuotient! - a.locationQuotient! || a.clusterCode - b.clusterCode);
  const byEmployment = rows
    .filter((row) => row.employment !== null)
    .sort((a, b) => b.employment! - a.employment! || a.clusterCode - b.clusterCode);
  return { rows, byLq, byEmployment, total: rows.reduce((sum, row) => sum + (row.employment ?? 0), 0) };
}
