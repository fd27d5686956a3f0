import { describe, expect, it } from "vitest";
import { loadDefaultDataset } from "../../lib/dataset/load-default-dataset";
import { databaseKinds, withSeededDatabase } from "./harness";

describe.each(databaseKinds)("default dataset on %s", (kind) => {
  const db = withSeededDatabase(kind);

  it("has the expected number of rows in every table", async () => {
    const { prisma } = db();
    const counts = {
      regions: await prisma.region.count(),
      clusters: await prisma.cluster.count(),
      tradedClusters: await prisma.cluster.count({ where: { type: "traded" } }),
      subclusters: await prisma.subcluster.count(),
      naics2012: await prisma.industry.count({ where: { system: "NAICS2012" } }),
      scian2018: await prisma.industry.count({ where: { system: "SCIAN2018" } }),
      cmpCounties: await prisma.clusterObservation.count({ where: { source: { key: "cmp-2016-counties" }, regionCode: { in: ["06073", "06025"] } } }),
      cmpCalifornia: await prisma.clusterObservation.count({ where: { source: { key: "cmp-2016-california" } } }),
      usSide2016: await prisma.clusterObservation.count({ where: { regionCode: "us-side", year: 2016 } }),
      cbpRows: await prisma.industryObservation.count({ where: { source: { key: { startsWith: "cbp-" } } } }),
      inegiRows: await prisma.industryObservation.count({ where: { source: { key: "inegi-ce-national-sectors" } } }),
      nationalBenchmarks: await prisma.benchmarkTotal.count({ where: { regionCode: "US", clusterCode: { not: null } } }),
      rankedIndustries: await prisma.industryRanking.count(),
      rankingMembers: await prisma.industryRankingMember.count(),
      mexicanClusterRows: await prisma.clusterObservation.count({ where: { region: { country: "MX" } } }),
    };
    expect(counts).toEqual({
      regions: 14,
      clusters: 67,
      tradedClusters: 51,
      subclusters: 316,
      naics2012: 978,
      scian2018: 2119,
      cmpCounties: 134,
      cmpCalifornia: 67,
      usSide2016: 67,
      cbpRows: 4506 + 970 + 960,
      inegiRows: 95,
      nationalBenchmarks: 67,
      rankedIndustries: 10,
      rankingMembers: 46,
      // No Baja California municipio data exists in the shipped files: nothing may be invented.
      mexicanClusterRows: 0,
    });
  });

  it("holds the published values of the source files", async () => {
    const { prisma } = db();
    const cmp = (regionCode: string, clusterCode: number) =>
      prisma.clusterObservation.findFirstOrThrow({ where: { regionCode, clusterCode, year: 2016, source: { key: { startsWith: "cmp-2016" } } } });
    const water = await cmp("06073", 50);
    expect([water.employment, water.employmentReported, water.establishments, water.locationQuotient]).toEqual([10199, 10049, 69, 3.468466]);
    expect(water.averageWageUsd).toBeCloseTo(47593.69, 2);
    const aerospaceImperial = await cmp("06025", 1);
    expect([aerospaceImperial.employment, aerospaceImperial.employmentReported]).toEqual([1760, 0]);
    const hospitality = await cmp("06073", 111);
    expect([hospitality.employment, hospitality.establishments, hospitality.payrollThousandUsd]).toEqual([150030, 7781, 3001309]);
    const californiaHealth = await cmp("06", 103);
    expect(californiaHealth.employment).toBe(1699636);
    const emptyImperial = await cmp("06025", 50);
    expect([emptyImperial.employment, emptyImperial.averageWageUsd]).toEqual([0, null]);

    const cbp = (regionCode: string, code: string, year: number) =>
      prisma.industryObservation.findFirstOrThrow({ where: { regionCode, year, industry: { system: "NAICS2017", code } } });
    expect((await cbp("06073", "00", 2018)).employment).toBe(1291966);
    expect((await cbp("06073", "00", 2019)).employment).toBe(1313497);
    expect((await cbp("06025", "00", 2019)).employment).toBe(33174);
    const construction2020 = await cbp("06073", "23", 2020);
    expect([construction2020.employment, construction2020.establishments, construction2020.payrollThousandUsd, construction2020.pandemicFlag]).toEqual([87236, 7627, 6117492, true]);

    const manufacturing2003 = await prisma.industryObservation.findFirstOrThrow({ where: { regionCode: "MX", year: 2003, industry: { system: "SCIAN2018", code: "31-33" } } });
    expect(manufacturing2003.employment).toBe(4198579);

    const lqBound = await prisma.publishedFact.findUniqueOrThrow({ where: { key: "jwb_av_lq" } });
    expect([lqBound.valueAsStated, lqBound.valueNumber, lqBound.bound, lqBound.year, lqBound.benchmark]).toEqual([">28", 28, "lower", 2008, "United States and Mexico combined"]);
    const avJobs = await prisma.publishedFact.findUniqueOrThrow({ where: { key: "jwb_av_emp" } });
    expect([avJobs.valueNumber, avJobs.bound]).toEqual([31600, "exact"]);
    const crossings = await prisma.publishedFact.findUniqueOrThrow({ where: { key: "tecma_infra_1" } });
    expect([crossings.metric, crossings.valueNumber]).toEqual(["border crossings", 6]);
  });

  it("links the binational top 10 to clusters", async () => {
    const { prisma } = db();
    const audio = await prisma.industryRanking.findFirstOrThrow({ where: { rank: 1 }, include: { members: { include: { subcluster: true } } } });
    expect(audio.naicsCode).toBe("3343");
    expect(audio.members.map((member) => [member.clusterCode, member.subcluster?.nameEn])).toEqual([[23, "Audio and Video Equipment"]]);
  });

  it("reloads to the same rows when seeded again", async () => {
    const { prisma } = db();
    const snapshot = async () => ({
      clusters: await prisma.clusterObservation.findMany({ omit: { id: true, sourceId: true }, orderBy: [{ regionCode: "asc" }, { clusterCode: "asc" }, { year: "asc" }] }),
      facts: await prisma.publishedFact.findMany({ omit: { id: true, sourceId: true }, orderBy: { key: "asc" } }),
      industries: await prisma.industryObservation.count(),
      coverage: await prisma.coverage.count(),
    });
    const before = await snapshot();
    expect(await loadDefaultDataset(prisma)).toEqual({ skipped: true, counts: {} });
    const forced = await loadDefaultDataset(prisma, { force: true });
    expect(forced.skipped).toBe(false);
    expect(await snapshot()).toEqual(before);
  });
});
