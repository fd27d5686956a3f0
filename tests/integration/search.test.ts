import { describe, expect, it } from "vitest";
import { GET as search } from "../../app/api/search/route";
import { databaseKinds, withSeededDatabase } from "./harness";

const find = async (q: string) => {
  const response = await search(new Request(`http://test/api/search?${new URLSearchParams({ q })}`));
  return { status: response.status, body: (await response.json()) as { hits?: Record<string, unknown>[] } };
};

describe.each(databaseKinds)("the site search on %s", (kind) => {
  withSeededDatabase(kind);

  it("finds a cluster by its name in either language, without accents or capitals", async () => {
    const english = await find("biopharm");
    expect(english.body.hits).toContainEqual(expect.objectContaining({ kind: "cluster", code: 5 }));
    const spanish = await find("BIOFARMACEUTICA");
    expect(spanish.body.hits).toContainEqual(
      expect.objectContaining({ kind: "cluster", code: 5, nameEs: "Biofarmacéutica" }),
    );
  });

  it("finds an industry by its NAICS code prefix, with the cluster it belongs to", async () => {
    const { body } = await find("336411");
    expect(body.hits).toContainEqual(
      expect.objectContaining({
        kind: "industry",
        code: "336411",
        clusterCode: 1,
        clusterEn: "Aerospace Vehicles and Defense",
      }),
    );
    const industries = body.hits!.filter((entry) => entry.kind === "industry");
    for (const hit of industries) expect(String(hit.code)).toMatch(/^336411/);
    // NAICS 2012 and 2017 both hold 336411: one hit that names both, not the same industry twice.
    expect(industries).toHaveLength(1);
    expect(industries[0]!.systems).toEqual(["NAICS2012", "NAICS2017"]);
  });

  it("finds regions by name, names that start with the query first", async () => {
    const { body } = await find("tijuana");
    expect(body.hits!.find((hit) => hit.kind === "region")).toMatchObject({ code: "02004", nameEs: "Tijuana" });
    const counties = (await find("condado de san")).body.hits!.filter((hit) => hit.kind === "region");
    expect(counties[0]).toMatchObject({ code: "06073" });
  });

  it("takes LIKE's wildcards as characters, answers nothing for one letter and refuses a long query", async () => {
    expect((await find("%")).body.hits).toEqual([]);
    expect((await find("__")).body.hits).toEqual([]);
    expect((await find("a")).body.hits).toEqual([]);
    const long = await find("x".repeat(61));
    expect(long.status).toBe(400);
    expect(long.body).toEqual({ error: "q is 61 characters long (at most 60)" });
  });
});
