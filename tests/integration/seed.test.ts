import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { dataDir } from "../../lib/dataset/files";
import { loadDefaultDataset } from "../../lib/dataset/load-default-dataset";
import { importedEntries, manifest } from "../../lib/dataset/manifest";
import { databaseKinds, withSeededDatabase } from "./harness";

/** A shipped file read here with a plain CSV parser, independently of the importer. */
const sourceRows = (file: string) => {
  const bytes = fs.readFileSync(path.join(dataDir, file));
  return parse(file.endsWith(".gz") ? zlib.gunzipSync(bytes) : bytes, { columns: true, bom: true }) as Record<
    string,
    string
  >[];
};

describe("the manifest", () => {
  it("lists every file shipped in prisma/data, and only those", () => {
    const shipped = (fs.readdirSync(dataDir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(dataDir, path.join(entry.parentPath, entry.name)))
      .sort();
    expect(manifest.map((entry) => entry.file).sort()).toEqual(shipped);
    expect(new Set(manifest.map((entry) => entry.key)).size).toBe(manifest.length);
  });
});

describe.each(databaseKinds)("default dataset on %s", (kind) => {
  const db = withSeededDatabase(kind);

  it("holds every file of the manifest, each under its own default source with its checksum", async () => {
    const { prisma } = db();
    const sources = await prisma.source.findMany({ where: { key: { in: importedEntries.map((entry) => entry.key) } } });
    expect(sources.map((source) => source.key).sort()).toEqual(importedEntries.map((entry) => entry.key).sort());
    for (const source of sources) {
      const entry = importedEntries.find((candidate) => candidate.key === source.key)!;
      expect([source.isDefault, source.fileName, source.importFormat, source.title, source.caveats]).toEqual([
        true,
        path.basename(entry.file),
        entry.format,
        entry.source.title,
        entry.source.caveats,
      ]);
    }
  });

  it("has the expected number of rows in the reference and data tables", async () => {
    const { prisma } = db();
    const counts = {
      clusters: await prisma.cluster.count(),
      tradedClusters: await prisma.cluster.count({ where: { type: "traded" } }),
      subclusters: await prisma.subcluster.count(),
      naics2012: await prisma.industry.count({ where: { system: "NAICS2012" } }),
      scian2018: await prisma.industry.count({ where: { system: "SCIAN2018" } }),
      metros: await prisma.region.count({ where: { kind: "metro" } }),
      micros: await prisma.region.count({ where: { kind: "micro" } }),
      usStates: await prisma.region.count({ where: { kind: "state", country: "US" } }),
      cmpCounties: await prisma.clusterObservation.count({
        where: { source: { key: "cmp-2016-counties" }, regionCode: { in: ["06073", "06025"] } },
      }),
      cmpCbsa: await prisma.clusterObservation.count({ where: { source: { key: "cmp-2016-cbsa" } } }),
      cmpStates: await prisma.clusterObservation.count({ where: { source: { key: "cmp-2016-states" } } }),
      usSide2016: await prisma.clusterObservation.count({ where: { regionCode: "us-side", year: 2016 } }),
      cbpCountyRows: await prisma.industryObservation.count({
        where: { source: { key: { startsWith: "cbp-" } }, regionCode: { in: ["06073", "06025"] } },
      }),
      inegiRows: await prisma.industryObservation.count({ where: { source: { key: "inegi-ce-national-sectors" } } }),
      establishments: await prisma.establishment.count(),
      rankedIndustries: await prisma.industryRanking.count(),
      rankingMembers: await prisma.industryRankingMember.count(),
      mexicanClusterRows: await prisma.clusterObservation.count({ where: { region: { country: "MX" } } }),
    };
    expect(counts).toEqual({
      clusters: 67,
      tradedClusters: 51,
      subclusters: 316,
      naics2012: 978,
      scian2018: 2119,
      metros: 381,
      micros: 536,
      // 50 states from the states file, and the District of Columbia that metro names list.
      usStates: 51,
      cmpCounties: 134,
      cmpCbsa: 61439,
      cmpStates: 3350,
      usSide2016: 67,
      cbpCountyRows: 960 + 4506 + 970 + 960 + 960 + 979,
      inegiRows: 95,
      establishments: 637,
      rankedIndustries: 10,
      rankingMembers: 46,
      // No Baja California municipio-by-industry employment exists in the shipped files: nothing may be invented.
      mexicanClusterRows: 0,
    });
  });

  it("holds the published values of the source files", async () => {
    const { prisma } = db();
    const cmp = (regionCode: string, clusterCode: number) =>
      prisma.clusterObservation.findFirstOrThrow({
        where: { regionCode, clusterCode, year: 2016, source: { key: { startsWith: "cmp-2016" } } },
      });
    const water = await cmp("06073", 50);
    expect([water.employment, water.employmentReported, water.establishments, water.locationQuotient]).toEqual([
      10199, 10049, 69, 3.468466,
    ]);
    expect(water.averageWageUsd).toBeCloseTo(47593.69, 2);
    const aerospaceImperial = await cmp("06025", 1);
    expect([aerospaceImperial.employment, aerospaceImperial.employmentReported]).toEqual([1760, 0]);
    const hospitality = await cmp("06073", 111);
    expect([hospitality.employment, hospitality.establishments, hospitality.payrollThousandUsd]).toEqual([
      150030, 7781, 3001309,
    ]);
    expect((await cmp("CA", 103)).employment).toBe(1699636);
    const emptyImperial = await cmp("06025", 50);
    expect([emptyImperial.employment, emptyImperial.averageWageUsd]).toEqual([0, null]);
    // CMP writes a wage of 0 where every job is imputed: missing, never $0.
    const metalMining = await cmp("06025", 31);
    expect([metalMining.employment, metalMining.employmentReported, metalMining.averageWageUsd]).toEqual([
      375,
      0,
      null,
    ]);
    expect(await prisma.clusterObservation.count({ where: { averageWageUsd: 0 } })).toBe(0);

    const cbp = (regionCode: string, code: string, year: number) =>
      prisma.industryObservation.findFirstOrThrow({
        where: { regionCode, year, industry: { system: "NAICS2017", code } },
      });
    expect((await cbp("06073", "00", 2018)).employment).toBe(1291966);
    expect((await cbp("06073", "00", 2019)).employment).toBe(1313497);
    expect((await cbp("06025", "00", 2019)).employment).toBe(33174);
    const construction2020 = await cbp("06073", "23", 2020);
    expect([
      construction2020.employment,
      construction2020.establishments,
      construction2020.payrollThousandUsd,
      construction2020.pandemicFlag,
    ]).toEqual([87236, 7627, 6117492, true]);
    expect((await cbp("06073", "23", 2022)).employment).toBe(87780);

    const manufacturing2003 = await prisma.industryObservation.findFirstOrThrow({
      where: { regionCode: "MX", year: 2003, industry: { system: "SCIAN2018", code: "31-33" } },
    });
    expect(manufacturing2003.employment).toBe(4198579);

    const lqBound = await prisma.publishedFact.findUniqueOrThrow({
      where: { key: "jwb_av_lq" },
      include: { source: true },
    });
    expect([lqBound.valueAsStated, lqBound.valueNumber, lqBound.bound, lqBound.year, lqBound.benchmark]).toEqual([
      ">28",
      28,
      "lower",
      2008,
      "United States and Mexico combined",
    ]);
    expect(lqBound.source.title).toMatch(/^Jobs Without Borders/);
    const avJobs = await prisma.publishedFact.findUniqueOrThrow({ where: { key: "jwb_av_emp" } });
    expect([avJobs.valueNumber, avJobs.bound]).toEqual([31600, "exact"]);
    const crossings = await prisma.publishedFact.findUniqueOrThrow({ where: { key: "tecma_infra_1" } });
    expect([crossings.metric, crossings.valueNumber]).toEqual(["border crossings", 6]);
  });

  it("keeps every 2017 cell the Census withheld as missing, never 0", async () => {
    const { prisma } = db();
    const withheld = sourceRows("us/cbp_2017_san_diego_imperial_naics2017.csv").filter(
      (row) => row.emp_withheld_in_source === "1",
    );
    expect(withheld).toHaveLength(73);
    for (const row of withheld) {
      const stored = await prisma.industryObservation.findFirstOrThrow({
        where: {
          regionCode: row.county_fips,
          year: 2017,
          source: { key: "cbp-2017" },
          industry: { system: "NAICS2017", code: row.naics2017_code },
        },
      });
      expect(
        [stored.employment, stored.payrollThousandUsd, stored.establishments],
        `${row.county_fips} ${row.naics2017_code}`,
      ).toEqual([null, null, Number(row.ESTAB)]);
    }
    expect(
      await prisma.clusterObservation.count({ where: { source: { key: "cbp-2017" }, withheldCells: { gt: 0 } } }),
    ).toBeGreaterThan(0);
  });

  it("holds El Paso's 67 clusters with CMP's national ranks, as in the CBSA file", async () => {
    const { prisma } = db();
    const expected = sourceRows("us/cmp_2016_clusters_all_cbsa.csv.gz").filter((row) => row.region_code_t === "21340");
    const stored = await prisma.clusterObservation.findMany({
      where: { regionCode: "cbsa-21340", year: 2016 },
      orderBy: { clusterCode: "asc" },
    });
    expect(stored).toHaveLength(67);
    const rank = (value: string | undefined) =>
      value === undefined || value === "" || value === "NA" ? null : Number(value);
    for (const row of expected) {
      const match = stored.find((candidate) => candidate.clusterCode === Number(row.cluster_code_t))!;
      expect(
        [
          match.employment,
          match.locationQuotient,
          match.nationalRankEmployment,
          match.nationalRankLq,
          match.nationalRankWage,
        ],
        row.cluster_code_t,
      ).toEqual([
        Number(row.emp_tl),
        Number(row.lq_tf),
        rank(row.emp_tl_rank_i),
        rank(row.lq_tf_rank_i),
        rank(row.private_wage_tf_rank_i),
      ]);
    }
    expect(await prisma.region.findUniqueOrThrow({ where: { code: "cbsa-21340" } })).toMatchObject({
      nameEn: "El Paso, TX",
      kind: "metro",
      parentCode: "TX",
      stateCodes: ["TX"],
    });
    expect((await prisma.region.findUniqueOrThrow({ where: { code: "cbsa-41740" } })).sameAreaAs).toBe("06073");
  });

  it("holds the IMSS permanent insured workers, summing Tijuana's two IMSS codes and keeping empty cells missing", async () => {
    const { prisma } = db();
    const workers = async (regionCode: string, sectorCode: string, month: number) =>
      (
        await prisma.insuredEmployment.findFirstOrThrow({
          where: { regionCode, sectorCode, year: 2020, month, measure: "permanent_workers" },
        })
      ).value;
    expect(await workers("02004", "2-3", 2)).toBe(186286 + 68527);
    expect(await workers("02004", "2-3", 3)).toBe(253580);
    // Isla de Cedros (Y35) has no mining figure: missing, and kept apart from Ensenada.
    expect(await workers("imss-y35", "1", 2)).toBeNull();
    expect(await workers("02001", "1", 2)).toBe(76);
    const sideManufacturing = (
      await Promise.all(["02004", "02002", "02003", "02001", "02005"].map((code) => workers(code, "2-3", 3)))
    ).reduce((sum, value) => sum! + value!, 0);
    expect(await workers("mx-side", "2-3", 3)).toBe(sideManufacturing);
    // Five municipios and Isla de Cedros × 12 months × 8 divisions.
    expect(
      await prisma.insuredEmployment.count({ where: { measure: "permanent_workers", regionCode: { not: "mx-side" } } }),
    ).toBe(6 * 12 * 8);
  });

  it("holds each DENUE establishment once, by municipio, with its cluster where the SCIAN block has one", async () => {
    const { prisma } = db();
    const byMunicipio = await prisma.establishment.groupBy({
      by: ["regionCode"],
      _count: { _all: true },
      orderBy: { regionCode: "asc" },
    });
    expect(Object.fromEntries(byMunicipio.map((row) => [row.regionCode, row._count._all]))).toEqual({
      "02001": 58,
      "02002": 179,
      "02003": 23,
      "02004": 365,
      "02005": 10,
      "02006": 2,
    });
    const distinctInFile = new Set(
      sourceRows("mx/inegi_denue_bc_establishments_251plus.csv")
        .filter((row) => row.cve_mun === "4")
        .map((row) => row.id),
    );
    expect(distinctInFile.size).toBe(365);
    // Medical instruments (SCIAN 339112) sit in a NAICS block that spans two clusters: no cluster, and the reason.
    const instruments = await prisma.establishment.findFirstOrThrow({ where: { scianCode: "339112" } });
    expect([instruments.clusterCode, instruments.clusterNote, instruments.clusterNoteEs]).toEqual([
      null,
      "SCIAN 339112 → NAICS 2017 block 33911: spans clusters 30, 103",
      "SCIAN 339112 → bloque NAICS 2017 33911: abarca los clústeres 30, 103",
    ]);
    expect(await prisma.establishment.count({ where: { clusterCode: null, clusterNote: null } })).toBe(0);
    // Our notes are stored in both languages: a Spanish page or export never falls back to English.
    expect(await prisma.establishment.count({ where: { clusterNoteEs: null } })).toBe(0);
    expect(await prisma.industry.count({ where: { clusterNote: { not: null }, clusterNoteEs: null } })).toBe(0);
    expect(await prisma.clusterObservation.count({ where: { derivation: { not: null }, derivationEs: null } })).toBe(0);
  });

  it("reloads to the same rows when seeded again", async () => {
    const { prisma } = db();
    const snapshot = async () => ({
      clusters: await prisma.clusterObservation.findMany({
        where: { region: { kind: { notIn: ["metro", "micro"] } } },
        omit: { id: true, sourceId: true },
        orderBy: [
          { regionCode: "asc" },
          { clusterCode: "asc" },
          { year: "asc" },
          { basis: "asc" },
          { employment: "asc" },
        ],
      }),
      facts: await prisma.publishedFact.findMany({ omit: { id: true, sourceId: true }, orderBy: { key: "asc" } }),
      industries: await prisma.industryObservation.count(),
      clusterRows: await prisma.clusterObservation.count(),
      coverage: await prisma.coverage.count(),
    });
    const before = await snapshot();
    expect(await loadDefaultDataset(prisma)).toEqual({ skipped: true, counts: {} });
    const forced = await loadDefaultDataset(prisma, { force: true });
    expect(forced.skipped).toBe(false);
    expect(await snapshot()).toEqual(before);
  });
});
