import fs from "node:fs";
import { parse } from "csv-parse/sync";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET as rankingRoute } from "../../app/api/clusters/ranking/route";
import type { RankedCluster } from "../../lib/queries/cluster-ranking";
import { getRegionPortfolio } from "../../lib/queries/portfolio";
import { databaseKinds, withSeededDatabase } from "./harness";

// Imperial County's clusters as the U.S. Cluster Mapping Project published them (El Centro metro = the county).
const imperial = (
  parse(fs.readFileSync("prisma/data/us/cmp_2016_clusters_san_diego_imperial.csv"), { columns: true }) as Record<
    string,
    string
  >[]
).filter((row) => row.county_fips === "06025");
const ranking = (query: string) => rankingRoute(new NextRequest(`http://test/api/clusters/ranking?${query}`));

describe.each(databaseKinds)("the ranking route and the portfolio query on %s", (kind) => {
  const db = withSeededDatabase(kind);

  it("the ranking route answers every cluster of the region and year with the file's figures", async () => {
    const response = await ranking("region=06025&year=2016&type=traded");
    expect(response.status).toBe(200);
    const { rows } = (await response.json()) as { rows: RankedCluster[] };
    const traded = imperial.filter((row) => row.traded_b === "True");
    expect(rows.map((row) => row.clusterCode).sort((a, b) => a - b)).toEqual(
      traded.map((row) => Number(row.cluster_code_t)).sort((a, b) => a - b),
    );
    for (const published of traded) {
      const row = rows.find((entry) => entry.clusterCode === Number(published.cluster_code_t))!;
      expect([row.employment, row.employmentReported, row.establishments]).toEqual([
        Number(published.emp_tl),
        Number(published.emp_reported_tl),
        Number(published.est_tl),
      ]);
      expect(row.locationQuotient).toBeCloseTo(Number(published.lq_tf), 5);
    }
    // Ranked in SQL: rank 1 by employment is the file's largest traded cluster.
    const largest = [...traded].sort((a, b) => Number(b.emp_tl) - Number(a.emp_tl))[0]!;
    expect(rows.find((row) => row.employmentRank === 1)!.clusterCode).toBe(Number(largest.cluster_code_t));
  });

  it("the ranking route refuses bad parameters with a 400 naming them", async () => {
    const response = await ranking("region=atlantis&year=abc&type=all");
    expect(response.status).toBe(400);
    expect((await response.json()).error).toBe('Invalid parameters: region="atlantis", year="abc"');
  });

  it("the portfolio places every cluster with jobs and a wage at its published LQ and wage, and lists the rest with the reason", async () => {
    const { points, leftOut, yKind } = await getRegionPortfolio("06025", 2016, "wage");
    expect(yKind).toBe("wage");
    const placeable = imperial.filter((row) => Number(row.lq_tf) > 0 && Number(row.emp_tl) > 0);
    const withWage = placeable.filter((row) => Number(row.private_wage_tf) > 0);
    expect(points.map((point) => [point.clusterCode, point.employment]).sort((a, b) => a[0]! - b[0]!)).toEqual(
      withWage.map((row) => [Number(row.cluster_code_t), Number(row.emp_tl)]).sort((a, b) => a[0]! - b[0]!),
    );
    for (const point of points) {
      const published = imperial.find((row) => Number(row.cluster_code_t) === point.clusterCode)!;
      expect(point.y).toBeCloseTo(Number(published.private_wage_tf), 2);
      expect(point.locationQuotient).toBeCloseTo(Number(published.lq_tf), 5);
    }
    const noJobs = imperial
      .filter((row) => !(Number(row.lq_tf) > 0 && Number(row.emp_tl) > 0))
      .map((row) => Number(row.cluster_code_t));
    expect(
      leftOut
        .filter((entry) => entry.reason === "noJobs")
        .map((entry) => entry.clusterCode)
        .sort((a, b) => a - b),
    ).toEqual(noJobs.sort((a, b) => a - b));
    expect(points.length + leftOut.length).toBe(imperial.length);
  });

  it("places the portfolio (LQs of 2016) by the change over the span most clusters share, within one series", async () => {
    const { yKind, yRange, points, leftOut } = await getRegionPortfolio("06073", 2016, "change");
    expect(yKind).toBe("change");
    // Most clusters' CBP series run unbroken 2017–2023; Aerospace's 2017 sum has withheld cells, so its
    // span starts in 2018 and it is listed apart, not placed on another span.
    expect(yRange).toEqual({ from: 2017, to: 2023 });
    expect(leftOut.find((entry) => entry.clusterCode === 1)?.reason).toBe("otherSpan");
    const stored = await db().prisma.clusterObservation.findMany({
      where: { regionCode: "06073", year: { in: [2017, 2023] }, basis: "published_cells_sum" },
    });
    const jobs = (clusterCode: number, year: number) =>
      stored.find((row) => row.clusterCode === clusterCode && row.year === year)!.employment!;
    expect(points.length).toBeGreaterThan(20);
    for (const point of points)
      expect(point.y).toBeCloseTo(
        (jobs(point.clusterCode, 2023) - jobs(point.clusterCode, 2017)) / jobs(point.clusterCode, 2017),
        9,
      );
  });
});
