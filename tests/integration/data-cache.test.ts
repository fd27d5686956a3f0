import { describe, expect, it } from "vitest";
import { getClusterRanking } from "../../lib/queries/cluster-ranking";
import { cachedResultCount, dataVersion } from "../../lib/queries/data-cache";
import { getRegions } from "../../lib/queries/regions";
import { databaseKinds, withSeededDatabase } from "./harness";

const tablesWithoutData = ["DataVersion", "SeedState", "_prisma_migrations"];

describe.each(databaseKinds)("query results kept across requests on %s", (kind) => {
  const db = withSeededDatabase(kind);

  it("every statement on every data table bumps the data version, even one that changes no row", async () => {
    const { prisma } = db();
    const tables = (
      await prisma.$queryRaw<{ name: string }[]>`
        SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`
    )
      .map((row) => row.name)
      .filter((name) => !tablesWithoutData.includes(name));
    expect(tables).toContain("ClusterObservation");
    expect(tables.length).toBeGreaterThanOrEqual(16);
    for (const table of tables) {
      const before = await dataVersion();
      await prisma.$executeRawUnsafe(`DELETE FROM "${table}" WHERE false`);
      expect(await dataVersion(), `a write to "${table}" did not bump the version`).toBe(before + 1);
    }
  });

  it("serves a repeated query from the cache, and reads again once another writer changed the data", async () => {
    const { prisma } = db();
    const filters = { region: "us-side", year: 2016, type: "all" as const };
    const first = await getClusterRanking(filters);
    expect(await getClusterRanking(filters)).toBe(first);
    expect(cachedResultCount()).toBeGreaterThan(0);
    const top = first[0]!;
    expect(Object.isFrozen(first) && Object.isFrozen(top)).toBe(true);

    // A write in its own transaction, as an import in another process makes it.
    const observation = await prisma.clusterObservation.findFirstOrThrow({
      where: { regionCode: "us-side", year: 2016, clusterCode: top.clusterCode, employment: top.employment },
    });
    await prisma.clusterObservation.update({
      where: { id: observation.id },
      data: { employment: top.employment! + 1 },
    });
    try {
      const after = await getClusterRanking(filters);
      expect(after).not.toBe(first);
      expect(after.find((row) => row.clusterCode === top.clusterCode)!.employment).toBe(top.employment! + 1);
    } finally {
      await prisma.clusterObservation.update({ where: { id: observation.id }, data: { employment: top.employment } });
    }
    expect((await getClusterRanking(filters)).find((row) => row.clusterCode === top.clusterCode)!.employment).toBe(
      top.employment,
    );
  });

  it("does not keep a failed query, and keys results by their arguments", async () => {
    const regions = await getRegions();
    expect(await getRegions()).toBe(regions);
    const traded = await getClusterRanking({ region: "us-side", year: 2016, type: "traded" });
    const local = await getClusterRanking({ region: "us-side", year: 2016, type: "local" });
    expect(traded.every((row) => row.clusterType === "traded")).toBe(true);
    expect(local.every((row) => row.clusterType === "local")).toBe(true);
    // A year the database refuses (an integer out of range) fails, and the failure is not kept: a
    // cached rejection would also reject, so the test counts what the cache holds.
    const kept = cachedResultCount();
    await expect(getClusterRanking({ region: "us-side", year: 2 ** 40, type: "all" })).rejects.toThrow();
    await new Promise((resolve) => setImmediate(resolve));
    expect(cachedResultCount()).toBe(kept);
  });
});
