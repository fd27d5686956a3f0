import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { loadBothSides, loadFactsTable, loadLargePlants, loadPublishedChart } from "../../lib/binational-data";
import { crossBothSides } from "../../lib/calculations/both-sides";
import { headlineCards } from "../../lib/calculations/facts";
import { getLargePlants, getManufacturingBothSides, getManufacturingYears } from "../../lib/queries/binational";
import { getClusterRanking } from "../../lib/queries/cluster-ranking";
import { getAllFacts } from "../../lib/queries/facts";
import { getRegionHoldings } from "../../lib/queries/regions";
import { databaseKinds, withSeededDatabase } from "./harness";

/** A shipped file read here with a plain CSV parser, independently of the importer. */
const rows = (file: string) =>
  parse(fs.readFileSync(path.resolve("prisma/data", file)), { columns: true, bom: true }) as Record<string, string>[];

describe.each(databaseKinds)("the binational views on %s", (kind) => {
  withSeededDatabase(kind);

  it("puts both sides' manufacturing side by side for March 2020, the only month both hold, each bar with its own measure", async () => {
    expect(await getManufacturingYears()).toEqual([2020]);
    const bars = await getManufacturingBothSides(2020);
    const imss = rows("mx/imss_permanent_insured_bc_municipios_2020_2021_THIRDPARTY.csv").filter(
      (row) => row.anio === "2020" && row.mes === "03",
    );
    const imssSum = (codes: string[]) =>
      imss.filter((row) => codes.includes(row.munid_imss!)).reduce((sum, row) => sum + Number(row.manufact), 0);
    const cbp = rows("us/cbp_2020_san_diego_imperial_naics2017.csv").filter(
      (row) => row.naics_digits === "6" && ["31", "32", "33"].includes(row.naics2017_code!.slice(0, 2)),
    );
    const cbpSum = (county: string) =>
      cbp.filter((row) => row.county_fips === county).reduce((sum, row) => sum + Number(row.EMP), 0);
    expect(bars.map((bar) => [bar.regionCode, bar.measure, bar.value, bar.lowerBound])).toEqual([
      ["06073", "cbp_employees", cbpSum("06073"), true],
      ["06025", "cbp_employees", cbpSum("06025"), true],
      ["02004", "imss_permanent_workers", imssSum(["A08", "Z31"]), false],
      ["02002", "imss_permanent_workers", imssSum(["A06", "Z32"]), false],
      ["02003", "imss_permanent_workers", imssSum(["A07"]), false],
      ["02001", "imss_permanent_workers", imssSum(["A05"]), false],
      ["02005", "imss_permanent_workers", imssSum(["Y94"]), false],
    ]);
    expect([bars[0]!.value, bars[2]!.value]).toEqual([97800, 253580]);
  });

  it("counts each large establishment once, by cluster where its activity has one", async () => {
    const listed = rows("mx/inegi_denue_bc_establishments_251plus.csv");
    const distinct = (municipio: string) =>
      new Set(listed.filter((row) => row.cve_mun === municipio).map((row) => row.id)).size;
    const tijuana = await getLargePlants(["02004"]);
    expect(tijuana.total).toBe(distinct("4"));
    expect(tijuana.total).toBe(365);
    expect([...tijuana.byCluster, ...tijuana.unmapped].reduce((sum, row) => sum + row.count, 0)).toBe(365);
    const side = await loadLargePlants("mx-side");
    expect(side?.plants.total).toBe(["1", "2", "3", "4", "5"].reduce((sum, code) => sum + distinct(code), 0));
    expect(side?.plants.unmapped.every((row) => row.reason !== null && row.clusterCode === null)).toBe(true);
  });

  it("crosses the U.S. side's LQ with the Mexican side's large plants: Aerospace is strong on both", async () => {
    const side = await loadLargePlants("mx-side");
    const data = await loadBothSides();
    const crossed = data!.rows;
    expect(data!.lqYear).toBe(2016);
    expect(crossed).toEqual(
      crossBothSides(
        await getClusterRanking({ region: "us-side", year: 2016, type: "all" }),
        side!.plants.byCluster,
        side!.plants.unmapped,
      ),
    );
    const aerospace = crossed.find((row) => row.clusterCode === 1)!;
    expect(aerospace.usLq).toBeGreaterThan(1);
    expect(aerospace.mxPlants).toBe(side!.plants.byCluster.find((row) => row.clusterCode === 1)!.count);
    expect(aerospace.strongOnBoth).toBe(true);
    // Medical equipment and supplies (SCIAN 33911x) fall in NAICS block 33911, which spans Medical
    // Devices (30) and Local Health Services (103, dental laboratories); service-industry machinery
    // (SCIAN 33331x) in block 33331 spans clusters 23, 30 and 40. Those plants count for none of them,
    // and each candidate cluster shows them apart.
    const listed = rows("mx/inegi_denue_bc_establishments_251plus.csv").filter((row) =>
      ["1", "2", "3", "4", "5"].includes(row.cve_mun!),
    );
    const plantsIn = (...prefixes: string[]) =>
      new Set(
        listed.filter((row) => prefixes.some((prefix) => row.codigo_act!.startsWith(prefix))).map((row) => row.id),
      ).size;
    expect(plantsIn("33911")).toBe(48);
    const medical = crossed.find((row) => row.clusterCode === 30)!;
    expect([medical.mxPlants, medical.mxPlantsShared, medical.strongOnBoth]).toEqual([
      0,
      plantsIn("33911", "33331"),
      false,
    ]);
    expect(crossed.find((row) => row.clusterCode === 103)!.mxPlantsShared).toBeGreaterThanOrEqual(plantsIn("33911"));
    // Both-sides clusters come first.
    const firstOther = crossed.findIndex((row) => !row.strongOnBoth);
    expect(crossed.slice(firstOther).every((row) => !row.strongOnBoth)).toBe(true);
  });

  it("shows each headline measure once, and says where sources differ (population: three studies)", async () => {
    const cards = headlineCards(await getAllFacts());
    const population = cards.find((card) => card.measure === "population")!;
    expect(population.all.map((fact) => fact.key).sort()).toEqual(["jwb_population", "tecma_pop", "usd_population"]);
    expect(population.sourcesDiffer).toBe(true);
    expect(cards.filter((card) => card.measure === "population")).toHaveLength(1);
    const charted = [...(await loadPublishedChart("lq")), ...(await loadPublishedChart("output"))].map(
      (fact) => fact.key,
    );
    expect(charted).toEqual([
      "jwb_av_lq",
      "jwb_med_lq",
      "ccs_output_semi",
      "ccs_output_wireless",
      "ccs_output_av",
      "ccs_output_pharma",
      "ccs_output_med",
    ]);
    const table = await loadFactsTable();
    const onCards = cards.flatMap((card) => card.all.map((fact) => fact.key));
    expect(table.some((row) => onCards.includes(row.key) || charted.includes(row.key))).toBe(false);
    expect(table.length + onCards.length + charted.length).toBe((await getAllFacts()).length);
    expect(table.some((row) => /as above/i.test(row.geography))).toBe(false);
  });

  it("lists every region with what it holds", async () => {
    const holdings = await getRegionHoldings();
    expect(holdings.length).toBeGreaterThan(950);
    expect(holdings.find((region) => region.code === "02004")).toMatchObject({ establishments: 365 });
    expect(holdings.find((region) => region.code === "cbsa-21340")?.topics).toEqual([
      { topic: "clusters", from: 2016, to: 2016 },
    ]);
  });
});
