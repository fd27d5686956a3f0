import "server-only";
import { describeDatabaseError, isDatabaseUnavailable, reportDatabaseFailure } from "../db/availability";
import { getPrisma } from "../db";
import { Prisma } from "../generated/prisma/client";
import { BOM, csvRecords } from "../csv";
import { header, type ColumnKey, type ExportLanguage } from "./columns";
import { lqColumns } from "./cluster-rows";
import { localNote, localName } from "../format";

const columns: ColumnKey[] = [
  "record_type",
  "region_code",
  "region_name",
  "year",
  "cluster_code",
  "cluster_name",
  "industry_system",
  "industry_code",
  "industry_title",
  "employment_jobs",
  "employment_is_lower_bound",
  "employment_reported_jobs",
  "establishments",
  "payroll_thousand_usd",
  "average_wage_usd",
  "location_quotient",
  "lq_benchmark",
  "lq_method",
  "value_added_million_mxn",
  "pandemic_year",
  "source",
  "source_url",
  "derivation",
];

// Rows a query hands over at once: large enough that a round trip per batch costs little against
// formatting its rows, small enough that the server holds a few MB of them at a time.
const batchSize = 5000;

/** Rows of one table, a batch at a time (keyset pagination): never the whole table in memory. */
async function* batches<T extends { id: number }>(fetch: (afterId: number) => Promise<T[]>) {
  let afterId = 0;
  for (;;) {
    const rows = await fetch(afterId);
    if (rows.length === 0) return;
    yield rows;
    afterId = rows.at(-1)!.id;
  }
}

type ClusterExportRow = {
  id: number;
  regionCode: string;
  regionEn: string;
  regionEs: string;
  year: number;
  clusterCode: number;
  clusterEn: string;
  clusterEs: string;
  employment: number | null;
  employmentIsLowerBound: boolean;
  employmentReported: number | null;
  establishments: number | null;
  payrollThousandUsd: number | null;
  averageWageUsd: number | null;
  locationQuotient: number | null;
  lqBenchmarkCode: string | null;
  lqPublished: boolean;
  pandemicFlag: boolean;
  sourceTitle: string;
  sourceUrl: string | null;
  derivation: string | null;
  derivationEs: string | null;
};

type IndustryExportRow = {
  id: number;
  regionCode: string;
  regionEn: string;
  regionEs: string;
  year: number;
  clusterCode: number | null;
  clusterEn: string | null;
  clusterEs: string | null;
  system: string;
  code: string;
  titleEn: string | null;
  titleEs: string | null;
  employment: number | null;
  establishments: number | null;
  payrollThousandUsd: number | null;
  valueAddedMillionMxn: number | null;
  pandemicFlag: boolean;
  sourceTitle: string;
  sourceUrl: string | null;
};

// One statement per batch with the joins done by the database and only the columns the file holds: the
// ORM's findMany with include sent a query per relation and built an object per row and relation.
const clusterBatch = (afterId: number) => Prisma.sql`
  SELECT o.id, o."regionCode", r."nameEn" AS "regionEn", r."nameEs" AS "regionEs", o.year, o."clusterCode",
    c."nameEn" AS "clusterEn", c."nameEs" AS "clusterEs", o.employment, o."employmentIsLowerBound",
    o."employmentReported", o.establishments, o."payrollThousandUsd", o."averageWageUsd", o."locationQuotient",
    o."lqBenchmarkCode", o."lqPublished", o."pandemicFlag", s.title AS "sourceTitle", s.url AS "sourceUrl",
    o.derivation, o."derivationEs"
  FROM "ClusterObservation" o
  JOIN "Region" r ON r.code = o."regionCode"
  JOIN "Cluster" c ON c.code = o."clusterCode"
  JOIN "Source" s ON s.id = o."sourceId"
  WHERE o.id > ${afterId}
  ORDER BY o.id
  LIMIT ${batchSize}`;

const industryBatch = (afterId: number) => Prisma.sql`
  SELECT o.id, o."regionCode", r."nameEn" AS "regionEn", r."nameEs" AS "regionEs", o.year, d."clusterCode",
    c."nameEn" AS "clusterEn", c."nameEs" AS "clusterEs", d.system::text AS system, d.code, d."titleEn", d."titleEs",
    o.employment, o.establishments, o."payrollThousandUsd", o."valueAddedMillionMxn", o."pandemicFlag",
    s.title AS "sourceTitle", s.url AS "sourceUrl"
  FROM "IndustryObservation" o
  JOIN "Region" r ON r.code = o."regionCode"
  JOIN "Industry" d ON d.id = o."industryId"
  LEFT JOIN "Cluster" c ON c.code = d."clusterCode"
  JOIN "Source" s ON s.id = o."sourceId"
  WHERE o.id > ${afterId}
  ORDER BY o.id
  LIMIT ${batchSize}`;

/** Every observation with its source, as a stream of CSV text. */
export function datasetCsvStream(lang: ExportLanguage, bom: boolean): ReadableStream<Uint8Array> {
  const prisma = getPrisma();
  const encoder = new TextEncoder();
  const name = (en: string, es: string) => localName(lang, { nameEn: en, nameEs: es });
  async function* produce() {
    yield (bom ? BOM : "") + csvRecords([header(columns, lang)]);
    for await (const rows of batches((afterId) => prisma.$queryRaw<ClusterExportRow[]>(clusterBatch(afterId)))) {
      yield csvRecords(
        rows.map((row) => [
          "cluster",
          row.regionCode,
          name(row.regionEn, row.regionEs),
          row.year,
          row.clusterCode,
          name(row.clusterEn, row.clusterEs),
          null,
          null,
          null,
          row.employment,
          row.employmentIsLowerBound,
          row.employmentReported,
          row.establishments,
          row.payrollThousandUsd,
          row.averageWageUsd,
          row.locationQuotient,
          ...lqColumns(row, lang),
          null,
          row.pandemicFlag,
          row.sourceTitle,
          row.sourceUrl,
          localNote(lang, row.derivation, row.derivationEs),
        ]),
        lang,
      );
    }
    for await (const rows of batches((afterId) => prisma.$queryRaw<IndustryExportRow[]>(industryBatch(afterId)))) {
      yield csvRecords(
        rows.map((row) => [
          "industry",
          row.regionCode,
          name(row.regionEn, row.regionEs),
          row.year,
          row.clusterCode,
          row.clusterEn === null ? null : name(row.clusterEn, row.clusterEs!),
          row.system,
          row.code,
          lang === "es" ? (row.titleEs ?? row.titleEn) : (row.titleEn ?? row.titleEs),
          row.employment,
          // Industry rows are single published cells, not sums: not bounds themselves.
          false,
          null,
          row.establishments,
          row.payrollThousandUsd,
          null,
          null,
          null,
          null,
          row.valueAddedMillionMxn,
          row.pandemicFlag,
          row.sourceTitle,
          row.sourceUrl,
          null,
        ]),
        lang,
      );
    }
  }
  const iterator = produce();
  let bytesSent = 0;
  return new ReadableStream({
    async pull(controller) {
      try {
        const { value, done } = await iterator.next();
        if (done) return controller.close();
        const chunk = encoder.encode(value);
        bytesSent += chunk.byteLength;
        controller.enqueue(chunk);
      } catch (error) {
        // Every chunk ends on a whole line, so a stream closed here would look like a complete file.
        // Erroring it makes the server abort the response: the client sees a failed download.
        if (isDatabaseUnavailable(error)) reportDatabaseFailure(error);
        console.error(
          `[calibaja] the dataset export stopped after ${bytesSent} bytes (${describeDatabaseError(error)}); the download was aborted`,
        );
        controller.error(error);
      }
    },
    async cancel() {
      await iterator.return(undefined);
    },
  });
}
