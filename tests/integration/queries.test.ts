import { describe, expect, it } from "vitest";
import { getClusterRanking, getPublishedTotal } from "../../lib/queries/cluster-ranking";
import { getCluster, getClusterIndustryEmployment, getClusterObservations } from "../../lib/queries/cluster-detail";
import { getHeadlineFacts, getRegionFacts } from "../../lib/queries/facts";
import { getMexicoSectorEmployment } from "../../lib/queries/national-context";
import { getClusterYears, getCoverage, getRegion } from "../../lib/queries/regions";
import { getSources } from "../../lib/queries/sources";
import { getBinationalTopIndustries } from "../../lib/queries/top-industries";
import { getEmploymentSeries } from "../../lib/queries/trends";
import { databaseKinds, withSeededDatabase } from "./harness";

describe.each(databaseKinds)("query functions on %s", (kind) => {
  withSeededDatabase(kind);

  it("ranks the U.S. side's clusters by LQ and employment in SQL", async () => {
    const rows = await getClusterRanking({ region: "us-side", year: 2016, type: "all" });
    expect(rows).toHaveLength(67);
    expect(rows[0]).toMatchObject({
      clusterCode: 50,
      nameEn: "Water Transportation",
      lqRank: 1,
      lqPublished: false,
      employment: 10199,
      sourceKey: "cmp-2016-counties",
    });
    expect(rows[0]!.locationQuotient).toBeCloseTo(3.39, 2);
    const lqs = rows.map((row) => row.locationQuotient!);
    expect(lqs).toEqual([...lqs].sort((a, b) => b - a));
    const largest = rows.find((row) => row.employmentRank === 1)!;
    expect([largest.clusterCode, largest.employment]).toEqual([111, 154308]);
  });

  it("filters by cluster type and reads published county LQs", async () => {
    const traded = await getClusterRanking({ region: "06073", year: 2016, type: "traded" });
    expect(traded).toHaveLength(51);
    expect(traded.every((row) => row.clusterType === "traded" && row.lqPublished)).toBe(true);
    const water = traded.find((row) => row.clusterCode === 50)!;
    expect([water.locationQuotient, water.employment, water.employmentReported]).toEqual([3.468466, 10199, 10049]);
  });

  it("marks CBP years as lower bounds without LQs", async () => {
    const rows = await getClusterRanking({ region: "06025", year: 2021, type: "all" });
    expect(rows.length).toBeGreaterThan(0);
    expect(
      rows.every(
        (row) => row.employmentIsLowerBound && row.locationQuotient === null && row.lqRank === null && row.pandemicFlag,
      ),
    ).toBe(true);
  });

  it("reads the published all-industry total where the source has one, and adds a side's only when both counties have it", async () => {
    expect(await getPublishedTotal("06073", 2018)).toMatchObject({ employment: 1291966 });
    expect(await getPublishedTotal("us-side", 2018)).toMatchObject({ employment: 1291966 + 32846 });
    // The 2020 file has no "00" row: no published total, never a sum passed off as one.
    expect(await getPublishedTotal("06073", 2020)).toBeNull();
  });

  it("lists years, coverage and regions", async () => {
    expect(await getClusterYears("us-side")).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]);
    expect(await getClusterYears("02004")).toEqual([]);
    const tijuana = await getCoverage(["02004"]);
    expect(tijuana.map((entry) => [entry.year, entry.topic])).toEqual([
      [2013, "facts"],
      [2020, "insured-employment"],
      [2021, "insured-employment"],
    ]);
    const side = await getRegion("mx-side");
    expect(side?.children.map((child) => child.code)).toEqual(["02004", "02002", "02003", "02001", "02005"]);
  });

  it("builds employment series that mark the change of source", async () => {
    const [series] = await getEmploymentSeries(["06073"], [50]);
    expect(series!.points.map((point) => [point.year, point.value, point.seriesBreakBefore])).toEqual([
      // CMP 2016 as published (imputed cells included), then sums of the published six-digit CBP rows
      // of the cluster (computed independently from the files): another series, hence the break.
      [2016, 10199, false],
      [2017, 10190, true],
      [2018, 7701, false],
      [2019, 8623, false],
      [2020, 8700, false],
      [2021, 8705, false],
      [2022, 9183, false],
      [2023, 9113, false],
    ]);
  });

  it("returns a cluster with subclusters, industries and all its observations", async () => {
    const cluster = await getCluster(30);
    expect(cluster?.nameEs).toBe("Dispositivos médicos");
    expect(cluster?.subclusters.length).toBeGreaterThan(0);
    const observations = await getClusterObservations(30);
    expect(new Set(observations.map((row) => row.year))).toEqual(
      new Set([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]),
    );
    const industries = await getClusterIndustryEmployment(30);
    expect(industries.every((row) => /^\d{6}$/.test(row.industry.code))).toBe(true);
    expect(await getCluster(999)).toBeNull();
  });

  it("gives the binational top 10 with U.S.-side CBP employment", async () => {
    const ranking = await getBinationalTopIndustries();
    expect(ranking.map((entry) => entry.naicsCode)).toEqual([
      "3343",
      "3391",
      "3344",
      "8112",
      "3366",
      "3359",
      "3325",
      "3399",
      "3346",
      "3364",
    ]);
    const ships = ranking.find((entry) => entry.naicsCode === "3366")!;
    expect(ships.usSideEmployment.map((row) => row.year)).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023]);
    expect(ships.usSideEmployment.every((row) => row.employment > 0)).toBe(true);
  });

  it("returns published facts with their sources, and national context", async () => {
    const headline = await getHeadlineFacts();
    expect(headline.map((fact) => [fact.key, fact.valueNumber, fact.bound])).toContainEqual([
      "tecma_pop",
      6_000_000,
      "lower",
    ]);
    expect(headline.every((fact) => fact.source.url)).toBe(true);
    expect((await getRegionFacts("02004")).map((fact) => fact.key)).toEqual(["jwb_jobs_2013_tij"]);
    const mexico = await getMexicoSectorEmployment();
    expect(mexico.find((row) => row.code === "31-33" && row.year === 2003)?.employment).toBe(4198579);
    // One source per file loaded (seven reference files, seventeen data files, the peer sets among them); cited studies sit under their file.
    expect((await getSources()).length).toBe(24);
    expect((await getSources()).find((source) => source.key === "published-figures")?.citations.length).toBeGreaterThan(
      3,
    );
  });
});
