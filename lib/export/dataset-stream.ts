import "server-only";
import { describeDatabaseError, isDatabaseUnavailable, reportDatabaseFailure } from "../db/availability";
import { getPrisma } from "../db";
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

const batchSize = 2000;

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

/** Every observation with its source, as a stream of CSV text. */
export function datasetCsvStream(lang: ExportLanguage, bom: boolean): ReadableStream<Uint8Array> {
  const prisma = getPrisma();
  const encoder = new TextEncoder();
  const name = (entry: { nameEn: string; nameEs: string }) => localName(lang, entry);
  async function* produce() {
    yield (bom ? BOM : "") + csvRecords([header(columns, lang)]);
    for await (const rows of batches((afterId) =>
      prisma.clusterObservation.findMany({
        where: { id: { gt: afterId } },
        orderBy: { id: "asc" },
        take: batchSize,
        include: { region: true, cluster: true, source: { select: { title: true, url: true } } },
      }),
    )) {
      yield csvRecords(
        rows.map((row) => [
          "cluster",
          row.regionCode,
          name(row.region),
          row.year,
          row.clusterCode,
          name(row.cluster),
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
          row.source.title,
          row.source.url,
          localNote(lang, row.derivation, row.derivationEs),
        ]),
        lang,
      );
    }
    for await (const rows of batches((afterId) =>
      prisma.industryObservation.findMany({
        where: { id: { gt: afterId } },
        orderBy: { id: "asc" },
        take: batchSize,
        include: {
          region: true,
          industry: { include: { cluster: true } },
          source: { select: { title: true, url: true } },
        },
      }),
    )) {
      yield csvRecords(
        rows.map((row) => [
          "industry",
          row.regionCode,
          name(row.region),
          row.year,
          row.industry.clusterCode,
          row.industry.cluster ? name(row.industry.cluster) : null,
          row.industry.system,
          row.industry.code,
          lang === "es"
            ? (row.industry.titleEs ?? row.industry.titleEn)
            : (row.industry.titleEn ?? row.industry.titleEs),
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
          row.source.title,
          row.source.url,
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
