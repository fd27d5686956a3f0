import "server-only";
import { cache } from "react";
import { getPrisma } from "../db";
import { homeRegionCodes } from "../dataset/regions";

export const getCluster = cache(async (code: number) =>
  getPrisma().cluster.findUnique({
    where: { code },
    include: {
      subclusters: {
        orderBy: { number: "asc" },
        include: { industries: { where: { system: "NAICS2012" }, select: { code: true, titleEn: true }, orderBy: { code: "asc" } } },
      },
      industries: { where: { system: "NAICS2012", subclusterId: null }, select: { code: true, titleEn: true }, orderBy: { code: "asc" } },
    },
  }),
);

/** Every observation of a cluster in the dashboard's own regions: each region, year and source, with how the figure was made. */
export const getClusterObservations = cache(async (code: number) => {
  return getPrisma().clusterObservation.findMany({
    where: { clusterCode: code, regionCode: { in: [...homeRegionCodes] } },
    omit: { id: true, sourceId: true },
    include: {
      region: { select: { code: true, nameEn: true, nameEs: true, kind: true, sortOrder: true } },
      source: { select: { title: true, year: true, url: true, publisher: true } },
    },
    orderBy: [{ year: "desc" }, { region: { sortOrder: "asc" } }],
  });
});

export type ClusterObservationView = Awaited<ReturnType<typeof getClusterObservations>>[number];

/** The NAICS 2017 industries of a cluster that CBP publishes for the two counties, by year. */
export const getClusterIndustryEmployment = cache(async (code: number) => {
  const rows = await getPrisma().industryObservation.findMany({
    where: { industry: { clusterCode: code, system: "NAICS2017", digits: 6 } },
    select: {
      regionCode: true,
      year: true,
      employment: true,
      establishments: true,
      pandemicFlag: true,
      industry: { select: { code: true, titleEn: true, clusterNote: true } },
    },
    orderBy: [{ industry: { code: "asc" } }, { year: "asc" }],
  });
  return rows;
});

export type ClusterIndustryRow = Awaited<ReturnType<typeof getClusterIndustryEmployment>>[number];
