import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as exportByLq } from "../../app/api/export/clusters-by-lq/route";
import { GET as exportByEmployment } from "../../app/api/export/clusters-by-employment/route";
import { GET as exportDataset } from "../../app/api/export/dataset/route";
import { GET as exportClusters } from "../../app/api/export/clusters/route";
import fs from "node:fs";
import { databaseKinds, withSeededDatabase } from "./harness";

const get = (handler: (request: Request) => Promise<Response>, query: string) =>
  handler(new Request(`http://test/api/export?${query}`));
const cmpSanDiegoImperial = () =>
  parse(fs.readFileSync("prisma/data/us/cmp_2016_clusters_san_diego_imperial.csv"), { columns: true }) as Record<
    string,
    string
  >[];
const records = async (response: Response) =>
  parse(await response.text(), { columns: true, bom: true }) as Record<string, string>[];

describe.each(databaseKinds)("CSV exports on %s", (kind) => {
  const db = withSeededDatabase(kind);

  it("export the concentration chart's rows as the source file gives them", async () => {
    const response = await get(exportByLq, "region=06073&year=2016&type=traded&top=10&lang=en");
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="calibaja-clusters-by-lq-2016-06073-traded-top-10-min-1000-jobs-en.csv"',
    );
    const rows = await records(response);
    // Independently of the app: San Diego's traded clusters of at least 1,000 jobs in the CMP 2016 file, by LQ.
    const published = cmpSanDiegoImperial()
      .filter((row) => row.county_fips === "06073" && row.traded_b === "True" && Number(row.emp_tl) >= 1000)
      .sort((a, b) => Number(b.lq_tf) - Number(a.lq_tf) || Number(a.cluster_code_t) - Number(b.cluster_code_t))
      .slice(0, 10);
    expect(
      rows.map((row) => [Number(row.cluster_code), Number(row.employment_jobs), Number(row.employment_filled_in_jobs)]),
    ).toEqual(
      published.map((row) => [
        Number(row.cluster_code_t),
        Number(row.emp_tl),
        Number(row.emp_tl) - Number(row.emp_reported_tl),
      ]),
    );
    rows.forEach((row, index) => expect(Number(row.location_quotient)).toBeCloseTo(Number(published[index]!.lq_tf), 5));
    expect(rows[0]).toMatchObject({
      rank: "1",
      region_code: "06073",
      region_name: "San Diego County",
      year: "2016",
      cluster_name: "Water Transportation",
      lq_benchmark: "United States",
      lq_method: "published by source",
      employment_filled_in_jobs: "150",
    });
    expect(rows[0]!.source).toContain("U.S. Cluster Mapping");
  });

  it("export the employment chart with its thresholds, in Spanish", async () => {
    const response = await get(exportByEmployment, "region=us-side&year=2016&top=20&t1=20000&t2=10000&lang=es&bom=0");
    const text = await response.clone().text();
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    const rows = await records(response);
    expect(rows).toHaveLength(20);
    expect(Object.keys(rows[0]!)).toContain("empleo_empleos");
    expect(rows[0]).toMatchObject({
      nombre_region: "Lado estadounidense (condados de San Diego e Imperial)",
      umbral_1_empleos: "10000",
      umbral_2_empleos: "20000",
      metodo_cl: "calculado por este tablero",
    });
    const employment = rows.map((row) => Number(row.empleo_empleos));
    expect(employment).toEqual([...employment].sort((a, b) => b - a));
    // Yes/no cells are in the file's language too.
    expect(rows.filter((row) => row.supera_umbral_1 === "verdadero")).toHaveLength(
      employment.filter((value) => value >= 10000).length,
    );
    expect(rows.filter((row) => row.supera_umbral_1 === "falso")).toHaveLength(
      employment.filter((value) => value < 10000).length,
    );
    for (const row of rows) expect(["falso", "verdadero"]).toContain(row.empleo_es_cota_inferior);
    // How each figure was derived is in our words, so in Spanish: the two counties summed, the LQ computed.
    for (const row of rows) {
      expect(row.derivacion).toMatch(
        /^Suma del condado de San Diego y el condado de Imperial(; una cota inferior \(falta la cifra de un miembro o es a su vez una cota inferior\))?; cociente de localización calculado por este tablero frente a Estados Unidos 2016, dentro de los clústeres comerciables o locales$/,
      );
    }
  });

  it("export the clusters table in its sort order and filter", async () => {
    const rows = await records(await get(exportClusters, "region=us-side&year=2016&sort=name&dir=asc&q=local&lang=en"));
    expect(rows).toHaveLength(16);
    const names = rows.map((row) => row.cluster_name ?? "");
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en")));
  });

  it("refuse invalid parameters with a 400 that names them", async () => {
    const response = await get(exportByLq, "region=atlantis&top=7&lang=fr");
    expect(response.status).toBe(400);
    expect((await response.json()).error).toBe('Invalid parameters: region="atlantis", top="7", lang="fr"');
  });

  describe("with a formula-like value in the database", () => {
    beforeAll(async () => {
      const { prisma } = db();
      const source = await prisma.source.create({
        data: { key: "test-formula", title: '=HYPERLINK("http://evil")', publisher: "@test", year: 1999 },
      });
      await prisma.clusterObservation.create({
        data: {
          regionCode: "06073",
          clusterCode: 50,
          year: 1999,
          basis: "published_total",
          employment: -5,
          sourceId: source.id,
        },
      });
    });
    afterAll(async () => {
      const { prisma } = db();
      await prisma.clusterObservation.deleteMany({ where: { source: { key: "test-formula" } } });
      await prisma.source.delete({ where: { key: "test-formula" } });
    });
    it("neutralises it so a spreadsheet will not run it", async () => {
      const rows = await records(await get(exportClusters, "region=06073&year=1999&lang=en"));
      expect(rows).toHaveLength(1);
      expect(rows[0]!.source).toBe('\'=HYPERLINK("http://evil")');
      expect(rows[0]!.source_publisher).toBe("'@test");
      expect(rows[0]!.employment_jobs).toBe("-5");
    });
  });

  it("stream the whole dataset: every observation with its source", async () => {
    const { prisma } = db();
    const response = await get(exportDataset, "lang=en");
    expect(response.headers.get("content-disposition")).toMatch(
      /calibaja-dataset-all-observations-\d{4}-\d{2}-\d{2}-en\.csv/,
    );
    const rows = await records(response);
    expect(rows).toHaveLength((await prisma.clusterObservation.count()) + (await prisma.industryObservation.count()));
    expect(rows.every((row) => row.source !== "")).toBe(true);
    // Each row holds its own observation's figures, names and source (read back here through the ORM).
    const sample = await prisma.clusterObservation.findMany({
      where: { id: { in: [1, 2, 3, 500, 5_000, 20_000, 60_000] } },
      include: { region: true, cluster: true, source: true },
    });
    expect(sample.length).toBeGreaterThan(3);
    for (const observation of sample) {
      const matches = rows.filter(
        (row) =>
          row.record_type === "cluster" &&
          row.region_code === observation.regionCode &&
          row.year === String(observation.year) &&
          row.cluster_code === String(observation.clusterCode) &&
          row.source === observation.source.title,
      );
      expect(matches).toHaveLength(1);
      const row = matches[0]!;
      expect(row.region_name).toBe(observation.region.nameEn);
      expect(row.cluster_name).toBe(observation.cluster.nameEn);
      expect(row.employment_jobs).toBe(observation.employment === null ? "" : String(observation.employment));
      expect(row.location_quotient).toBe(
        observation.locationQuotient === null ? "" : String(observation.locationQuotient),
      );
      expect(row.derivation).toBe(observation.derivation ?? "");
    }
    const industry = await prisma.industryObservation.findFirstOrThrow({
      where: { employment: { not: null } },
      include: { industry: true, source: true },
      orderBy: { id: "desc" },
    });
    expect(
      rows
        .filter(
          (row) =>
            row.record_type === "industry" &&
            row.region_code === industry.regionCode &&
            row.year === String(industry.year) &&
            row.industry_code === industry.industry.code &&
            row.industry_classification === industry.industry.system &&
            row.source === industry.source.title,
        )
        .map((row) => row.employment_jobs),
    ).toEqual([String(industry.employment)]);
  });
});
