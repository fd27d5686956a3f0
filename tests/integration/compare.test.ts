import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { loadComparison } from "../../lib/compare-data";
import { getMostSimilarRegions, getPeerSets, getTopMetrosForCluster } from "../../lib/queries/compare";
import os from "node:os";
import { importFile } from "../../lib/import/import-file";
import { databaseKinds, withSeededDatabase } from "./harness";

/** The shipped CMP file for every CBSA, read here with a plain CSV parser, independently of the importer. */
const cbsaRows = parse(
  zlib.gunzipSync(fs.readFileSync(path.resolve("prisma/data/us/cmp_2016_clusters_all_cbsa.csv.gz"))),
  { columns: true },
) as Record<string, string>[];
const cell = (cbsa: string, cluster: number) =>
  cbsaRows.find((row) => row.region_code_t === cbsa && Number(row.cluster_code_t) === cluster)!;
const numberOrNull = (text: string | undefined) => (text === undefined || text === "" ? null : Number(text));
const metros = cbsaRows.filter((row) => row.region_area_type_t === "Metropolitan Statistical Area");

const borderMetros = [
  "41740",
  "20940",
  "49740",
  "46060",
  "35700",
  "29740",
  "21340",
  "19620",
  "20580",
  "29700",
  "32580",
  "15180",
];

describe.each(databaseKinds)("comparing regions on %s", (kind) => {
  const db = withSeededDatabase(kind);

  it("refuses a peer-set file naming a region it does not hold, by line, column and value, and keeps the sets it had", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "peers-"));
    const file = path.join(dir, "my_peers.csv");
    fs.writeFileSync(
      file,
      [
        "key,kind,name_en,name_es,description_en,description_es,anchor_region,size,members",
        "rivals,list,Rivals,Rivales,Our rivals,Nuestros rivales,,,cbsa-41740;cbsa-21340",
        "typo,list,Typo,Errata,A typo,Una errata,,,cbsa-41740;cbsa-99999",
        "too-big,similar,Too big,Demasiado,Too many,Demasiadas,cbsa-41740,500,",
      ].join("\n"),
    );
    const error = (await importFile(db().prisma, file).catch((failure: unknown) => failure)) as Error;
    expect(error.message).toContain(
      'my_peers.csv:3: column "members": "cbsa-99999" is not a region the dashboard holds',
    );
    expect(error.message).toContain('my_peers.csv:4: column "size": "500" is not a number of regions from 1 to 29');
    expect((await getPeerSets()).map((set) => set.key)).toEqual(["border", "california", "similar-san-diego"]);
  });

  it("the border-metro preset holds its 12 metros, west to east, with all 67 clusters each in 2016", async () => {
    const sets = await getPeerSets();
    expect(sets.map((set) => set.key)).toEqual(["border", "california", "similar-san-diego"]);
    const comparison = await loadComparison({ r: [], set: "border" });
    expect(comparison.year).toBe(2016);
    expect(comparison.regions.map((region) => region.code)).toEqual(borderMetros.map((code) => `cbsa-${code}`));
    for (const region of comparison.regions)
      expect(comparison.cells.filter((row) => row.regionCode === region.code)).toHaveLength(67);
    expect(comparison.unknownCodes).toEqual([]);
  });

  it("El Paso's figures equal the CMP file, cell by cell", async () => {
    const comparison = await loadComparison({ r: ["cbsa-21340"], set: "" });
    const elPaso = comparison.cells.filter((row) => row.regionCode === "cbsa-21340");
    expect(elPaso).toHaveLength(67);
    for (const row of elPaso) {
      const published = cell("21340", row.clusterCode);
      expect(row.employment, `cluster ${row.clusterCode}`).toBe(numberOrNull(published.emp_tl));
      expect(row.locationQuotient).toBeCloseTo(Number(published.lq_tf), 6);
      expect(row.nationalRankEmployment).toBe(numberOrNull(published.emp_tl_rank_i));
    }
  });

  it("keeps the regions in the order asked for, and names the codes it does not hold", async () => {
    const comparison = await loadComparison({ r: ["06025", "cbsa-21340", "nowhere-1", "CA"], set: "" });
    expect(comparison.regions.map((region) => region.code)).toEqual(["06025", "cbsa-21340", "CA"]);
    expect(comparison.unknownCodes).toEqual(["nowhere-1"]);
    expect(comparison.set).toBeNull();
    // An unknown set falls back to the border metros and says so.
    const fallback = await loadComparison({ r: [], set: "no-such-set" });
    expect([fallback.unknownSet, fallback.set?.key]).toEqual(["no-such-set", "border"]);
  });

  it("ranks the metros most similar to San Diego by the cosine of their traded-cluster employment, as computed from the file", async () => {
    const traded = metros.filter((row) => row.traded_b === "TRUE" && row.emp_tl !== "");
    const vectors = new Map<string, Map<number, number>>();
    for (const row of traded) {
      const vector = vectors.get(row.region_code_t!) ?? new Map<number, number>();
      vector.set(Number(row.cluster_code_t), Number(row.emp_tl));
      vectors.set(row.region_code_t!, vector);
    }
    const anchor = vectors.get("41740")!;
    const norm = (vector: Map<number, number>) =>
      Math.sqrt([...vector.values()].reduce((sum, value) => sum + value * value, 0));
    const expected = [...vectors.entries()]
      .filter(([code]) => code !== "41740")
      .map(([code, vector]) => ({
        regionCode: `cbsa-${code}`,
        similarity:
          [...anchor.entries()].reduce((sum, [cluster, value]) => sum + value * (vector.get(cluster) ?? 0), 0) /
          (norm(anchor) * norm(vector)),
      }))
      .sort((a, b) => b.similarity - a.similarity || a.regionCode.localeCompare(b.regionCode))
      .slice(0, 10);
    const similar = await getMostSimilarRegions("cbsa-41740", 2016, 10);
    expect(similar.map((row) => row.regionCode)).toEqual(expected.map((row) => row.regionCode));
    similar.forEach((row, index) => expect(row.similarity).toBeCloseTo(expected[index]!.similarity, 9));
    // The same answer twice, and through the preset.
    expect(await getMostSimilarRegions("cbsa-41740", 2016, 10)).toEqual(similar);
    const preset = await loadComparison({ r: [], set: "similar-san-diego" });
    expect(preset.regions.map((region) => region.code)).toEqual([
      "cbsa-41740",
      ...expected.map((row) => row.regionCode),
    ]);
  });

  it("ranks the metros for a cluster by jobs as the file does, with San Diego and El Centro wherever they rank", async () => {
    const aerospace = metros
      .filter((row) => row.cluster_code_t === "1" && row.emp_tl !== "")
      .sort((a, b) => Number(b.emp_tl) - Number(a.emp_tl) || a.region_code_t!.localeCompare(b.region_code_t!));
    const rows = await getTopMetrosForCluster(1, 2016, "employment", 10, ["cbsa-41740", "cbsa-20940"], 1000);
    expect(rows.slice(0, 10).map((row) => [row.regionCode, row.employment])).toEqual(
      aerospace.slice(0, 10).map((row) => [`cbsa-${row.region_code_t}`, Number(row.emp_tl)]),
    );
    const elCentro = rows.find((row) => row.regionCode === "cbsa-20940")!;
    expect(elCentro.rankAmongMetros).toBe(aerospace.findIndex((row) => row.region_code_t === "20940") + 1);
    // By LQ, only metros with at least 1,000 jobs in the cluster are ranked.
    const byLq = await getTopMetrosForCluster(1, 2016, "lq", 10, [], 1000);
    expect(byLq).toHaveLength(10);
    expect(byLq.every((row) => row.employment! >= 1000)).toBe(true);
    expect(byLq.map((row) => row.locationQuotient)).toEqual(
      [...byLq.map((row) => row.locationQuotient)].sort((a, b) => b! - a!),
    );
  });
});
