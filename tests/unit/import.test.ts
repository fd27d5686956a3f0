import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { changeOverYear, latestMonths, monthlyTotals, yearlyAverages } from "../../lib/calculations/insured";
import { regions } from "../../lib/dataset/regions";
import { deriveAggregates } from "../../lib/import/derive";
import { detectFormat } from "../../lib/import/detect";
import { cbpSystemForYear, normaliseCountyFileNaics } from "../../lib/import/formats/cbp";
import { parseSaic } from "../../lib/import/formats/saic";
import { ImportError, SkipCounter } from "../../lib/import/problems";
import { renderProgressBar } from "../../lib/import/progress";
import { firstInvalidUtf8Byte } from "../../lib/import/read-records";
import { loadImportReference, type ImportReference } from "../../lib/import/reference";
import type { IndustryFigure, ParsedImport } from "../../lib/import/types";

const fixture = (name: string) => path.resolve("tests/fixtures/import", name);
let reference: ImportReference;
beforeAll(async () => {
  // The importer only reads the region list from the database.
  reference = await loadImportReference({ region: { findMany: async () => regions } } as never);
});

describe("telling a file's format", () => {
  it.each([
    ["saic_tamaulipas_cut.csv", "saic"],
    ["bad_saic_latin1.csv", "saic"],
    ["cbp20co_cut.txt", "cbp-county"],
    ["cbp_api_2020_cut.json", "cbp-api"],
    ["synthetic_asg-2024-01-31.csv", "imss"],
    ["tidy_cbp_2021_example.csv", "tidy"],
    ["../../../prisma/data/us/cmp_2016_clusters_california.csv", "cmp"],
    ["../../../prisma/data/us/cmp_2016_clusters_all_cbsa.csv.gz", "cmp"],
    ["../../../prisma/data/us/cbp_2017_san_diego_imperial_naics2017.csv", "cbp-table"],
    ["../../../prisma/data/mx/imss_permanent_insured_bc_municipios_2020_2021_THIRDPARTY.csv", "imss-aggregate"],
    ["../../../prisma/data/mx/inegi_denue_bc_establishments_251plus.csv", "denue"],
    ["../../../prisma/data/mx/inegi_ce_national_by_sector_2003_2023.csv", "census-sectors"],
    ["../../../prisma/data/binational/calibaja_published_figures.csv", "facts"],
    ["../../../prisma/data/binational/jobs_without_borders_demographics_2010.csv", "facts-table"],
    ["../../../prisma/data/binational/top10_industries_to_cmp_clusters_DERIVED.csv", "ranking"],
  ])("%s is %s", (name, format) => {
    expect(detectFormat(fixture(name))).toBe(format);
  });

  it("says which formats exist when it cannot tell", () => {
    expect(() => detectFormat(path.resolve("prisma/data/us/naics_2012_2017_concordance.csv"))).toThrow(
      /cannot tell the format from its first line .*; pass --format with one of saic, cbp-county, cbp-api, cbp-table, cmp, imss, imss-aggregate, denue, census-sectors, tidy, facts, facts-table, ranking/,
    );
  });
});

describe("SCIAN activities to clusters", () => {
  it("never matches equal six-digit numbers: SCIAN 334511 (watchmaking) is not NAICS 334511 (navigation, Aerospace)", () => {
    expect(reference.naics2017Assignments.get("334511")?.clusterCode).toBe(1);
    expect(reference.scianToCluster("334511")).toEqual({
      clusterCode: null,
      block: "33451",
      reason: "SCIAN 334511 → NAICS 2017 block 33451: spans clusters 1, 23",
      reasonEs: "SCIAN 334511 → bloque NAICS 2017 33451: abarca los clústeres 1, 23",
      candidateClusterCodes: [1, 23],
    });
  });

  it("maps an activity whose whole block lies in one cluster, at any level below the sector", () => {
    expect(reference.scianToCluster("336410")).toEqual({ clusterCode: 1, block: "33641" });
    expect(reference.scianToCluster("3364")).toEqual({ clusterCode: 1, block: "33641" });
    expect(reference.scianToCluster("325412")).toEqual({ clusterCode: 5, block: "32541" });
  });

  it("compares sectors only as sector totals", () => {
    expect(reference.scianToCluster("31-33")).toMatchObject({
      clusterCode: null,
      reason: "SCIAN sector 31-33: only sector totals can be compared",
    });
  });
});

describe("reading an INEGI SAIC export", () => {
  it("reads the real export's format: BOM, title lines, trailing commas, closing note, NUL padding", async () => {
    const parsed = await parseSaic(fixture("saic_tamaulipas_cut.csv"), reference, {});
    expect(parsed.rowsRead).toBe(111);
    expect(parsed.industries).toHaveLength(111);
    const nationalManufacturing = parsed.industries.find(
      (row) => row.regionCode === "MX" && row.code === "31-33" && row.year === 2023,
    )!;
    expect(nationalManufacturing).toMatchObject({ line: 10, employment: 7190294, withheld: false });
    expect(parsed.newRegions.map((region) => region.code)).toEqual(["28", "28021"]);
    expect(parsed.source.publisher).toBe("Instituto Nacional de Estadística y Geografía");
    expect(parsed.source.title).toBe("INEGI. Censos Económicos 2024. Resultados definitivos: saic_tamaulipas_cut.csv");
  });

  it("names the line, column and byte of a wrong encoding", async () => {
    // The fixture's first non-ASCII byte is Latin-1 "í" (0xED), the 28th byte of line 1.
    const failure = parseSaic(fixture("bad_saic_latin1.csv"), reference, {});
    await expect(failure).rejects.toThrow(ImportError);
    await expect(failure).rejects.toThrow(/bad_saic_latin1\.csv:1: column 28: byte 0xED is not UTF-8 text/);
    expect(firstInvalidUtf8Byte(Buffer.from("Año", "latin1"))).toBe(1);
    expect(firstInvalidUtf8Byte(Buffer.from("Año", "utf8"))).toBe(-1);
  });
});

describe("County Business Patterns details", () => {
  it("reads the county files' padded NAICS codes", () => {
    expect(normaliseCountyFileNaics("------")).toBe("00");
    expect(normaliseCountyFileNaics("31----")).toBe("31-33");
    expect(normaliseCountyFileNaics("3361//")).toBe("3361");
    expect(normaliseCountyFileNaics("336411")).toBe("336411");
  });

  it("knows which NAICS edition each CBP year uses, and refuses the ones it cannot map", () => {
    expect(cbpSystemForYear(2016, "f")).toBe("NAICS2012");
    expect(cbpSystemForYear(2017, "f")).toBe("NAICS2017");
    expect(() => cbpSystemForYear(2022, "cbp22co.txt")).toThrow(
      "cbp22co.txt: County Business Patterns 2022 is coded in NAICS 2022",
    );
  });
});

const clase = (regionCode: string, code: string, employment: number | null): IndustryFigure => ({
  line: 1,
  regionCode,
  system: "SCIAN2018",
  code,
  year: 2023,
  employment,
  establishments: null,
  payrollThousandUsd: null,
  valueAddedMillionMxn: null,
  withheld: employment === null,
  pandemicFlag: false,
});
const parsedWith = (industries: IndustryFigure[]): ParsedImport => ({
  format: "saic",
  fileName: "test.csv",
  source: { title: "t", publisher: "p", year: 2023, url: null, licence: null, notes: "" },
  newRegions: [],
  industries,
  clusters: [],
  insured: [],
  rowsRead: industries.length,
  skipped: new SkipCounter(),
  notes: [],
});

describe("aggregates and location quotients of an import", () => {
  it("sums clases into clusters and computes LQs against Mexico within cluster type, from complete figures only", () => {
    // Two traded clusters (Aerospace 1 via 336410, Biopharmaceuticals 5 via 325412) in Tijuana and in Mexico.
    const result = deriveAggregates(
      parsedWith([
        clase("02004", "336410", 300),
        clase("02004", "325412", 100),
        clase("MX", "336410", 1000),
        clase("MX", "325412", 3000),
        clase("02004", "334511", 50),
        clase("MX", "334511", 70),
      ]),
      reference,
      new Map(),
    );
    const tijuana = (clusterCode: number) =>
      result.clusters.find((row) => row.regionCode === "02004" && row.clusterCode === clusterCode)!;
    // LQ = (300 / 400) / (1000 / 4000) = 3; (100 / 400) / (3000 / 4000) = 1/3.
    expect(tijuana(1)).toMatchObject({
      employment: 300,
      employmentIsLowerBound: false,
      lqBenchmarkCode: "MX",
      lqPublished: false,
    });
    expect(tijuana(1).locationQuotient).toBeCloseTo(3, 12);
    expect(tijuana(5).locationQuotient).toBeCloseTo(1 / 3, 12);
    expect(result.notes[0]).toContain("SCIAN 334511 → NAICS 2017 block 33451: spans clusters 1, 23 (2 rows)");
  });

  it("a withheld cell makes the cluster a lower bound, and a lower bound gets no LQ", () => {
    const result = deriveAggregates(
      parsedWith([
        clase("02004", "336410", 300),
        clase("02004", "325412", null),
        clase("MX", "336410", 1000),
        clase("MX", "325412", 3000),
      ]),
      reference,
      new Map(),
    );
    const biopharma = result.clusters.find((row) => row.regionCode === "02004" && row.clusterCode === 5)!;
    expect(biopharma).toMatchObject({ employment: 0, employmentIsLowerBound: true, locationQuotient: null });
    expect(
      result.clusters.find((row) => row.regionCode === "02004" && row.clusterCode === 1)!.locationQuotient,
    ).toBeNull();
  });

  it("sums the five municipios into the Mexican side only when all five are in the file", () => {
    const five = ["02004", "02002", "02003", "02001", "02005"];
    const all = deriveAggregates(
      parsedWith(five.map((code, index) => clase(code, "336410", 10 * (index + 1)))),
      reference,
      new Map(),
    );
    expect(all.clusters.find((row) => row.regionCode === "mx-side")).toMatchObject({
      clusterCode: 1,
      employment: 150,
      employmentIsLowerBound: false,
    });
    expect(all.industries.find((row) => row.regionCode === "mx-side")).toMatchObject({
      code: "336410",
      employment: 150,
    });
    const four = deriveAggregates(
      parsedWith(five.slice(0, 4).map((code) => clase(code, "336410", 10))),
      reference,
      new Map(),
    );
    expect(four.clusters.some((row) => row.regionCode === "mx-side")).toBe(false);
  });
});

describe("IMSS monthly series", () => {
  const rows = [
    { sectorCode: "2-3", year: 2023, month: 1, value: 100 },
    { sectorCode: "2-3", year: 2024, month: 1, value: 110 },
    { sectorCode: "2-3", year: 2024, month: 2, value: 130 },
    { sectorCode: "6", year: 2024, month: 2, value: 50 },
    { sectorCode: "6", year: 2024, month: 1, value: null },
  ];
  it("averages the months present and says how many", () => {
    expect(yearlyAverages(rows)).toEqual([
      { sectorCode: "2-3", year: 2023, average: 100, months: 1 },
      { sectorCode: "2-3", year: 2024, average: 120, months: 2 },
      { sectorCode: "6", year: 2024, average: 50, months: 1 },
    ]);
  });
  it("compares a month with the same month a year earlier, or not at all", () => {
    expect(changeOverYear(rows, "2-3", 2024, 1)).toEqual({ change: 10, percent: 0.1 });
    expect(changeOverYear(rows, "2-3", 2024, 2)).toBeNull();
  });
  it("lists the latest months and totals them across divisions, never over a missing division", () => {
    expect(latestMonths(rows, 2)).toEqual([
      { year: 2024, month: 1 },
      { year: 2024, month: 2 },
    ]);
    expect(monthlyTotals(rows).at(-1)).toEqual({ sectorCode: "total", year: 2024, month: 2, value: 180 });
    expect(monthlyTotals(rows).find((row) => row.month === 1 && row.year === 2024)?.value).toBeNull();
  });
});

describe("progress bar", () => {
  it("draws the share done and the megabytes", () => {
    expect(renderProgressBar(5_000_000, 10_000_000, 80)).toBe(
      `[${"#".repeat(25)}${"-".repeat(25)}]  50%  5.0 / 10.0 MB`,
    );
    expect(renderProgressBar(10, 0, 80)).toContain("100%");
  });
});

describe("a file that cannot be read says why", () => {
  it("a symbolic link loop is not reported as a missing file", async () => {
    const { importFile } = await import("../../lib/import/import-file");
    const fs = await import("node:fs");
    const os = await import("node:os");
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "calibaja-loop-"));
    try {
      fs.symlinkSync(path.join(folder, "b.csv"), path.join(folder, "a.csv"));
      fs.symlinkSync(path.join(folder, "a.csv"), path.join(folder, "b.csv"));
      await expect(importFile(null as never, path.join(folder, "a.csv"))).rejects.toThrow(
        `${path.join(folder, "a.csv")}: a symbolic link that points back at itself (a loop), not a file`,
      );
      await expect(importFile(null as never, path.join(folder, "missing.csv"))).rejects.toThrow(
        `${path.join(folder, "missing.csv")}: no such file`,
      );
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
