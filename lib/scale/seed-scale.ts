import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import {
  syntheticRegions,
  syntheticRowCount,
  syntheticRows,
  syntheticSourceKey,
  syntheticSourceTitle,
  type ScaleShape,
  type SyntheticRow,
} from "./synthetic-dataset";

export class RefusedDatabaseError extends Error {
  override name = "RefusedDatabaseError";
}

/**
 * Refuses a database that holds a source other than the reference tables (cluster definitions, code
 * lists) and an earlier synthetic load: real data is never mixed with made-up figures. Checked before
 * anything is written, and again inside the transaction that writes.
 */
export async function refuseRealSources(client: pg.Client): Promise<void> {
  const { rows: table } = await client.query<{ exists: boolean }>(
    `SELECT to_regclass('public."Source"') IS NOT NULL AS exists`,
  );
  if (!table[0]!.exists) return;
  const { rows } = await client.query<{ key: string }>(
    `SELECT key FROM "Source" WHERE key <> $1 AND "importFormat" IS DISTINCT FROM 'reference' ORDER BY id`,
    [syntheticSourceKey],
  );
  if (rows.length === 0) return;
  const keys = rows.map((row) => row.key);
  throw new RefusedDatabaseError(
    `this database holds real data (${keys.slice(0, 3).join(", ")}${keys.length > 3 ? ", …" : ""}): ` +
      "give the synthetic benchmark dataset a database of its own (createdb calibaja_scale)",
  );
}

const copyColumns = [
  "sourceId",
  "regionCode",
  "clusterCode",
  "year",
  "basis",
  "employment",
  "establishments",
  "averageWageUsd",
  "locationQuotient",
  "lqBenchmarkCode",
  "derivation",
] as const;

// COPY's text format: tab-separated, \N for null; the values are ours (codes, numbers, fixed words),
// so none holds a tab, a newline or a backslash.
const copyValue = (value: string | number | null) => (value === null ? "\\N" : String(value));
const copyLine = (sourceId: number, row: SyntheticRow) =>
  [
    sourceId,
    row.regionCode,
    row.clusterCode,
    row.year,
    "published_total",
    row.employment,
    row.establishments,
    row.averageWageUsd,
    row.locationQuotient,
    row.lqBenchmarkCode,
    row.derivation,
  ]
    .map(copyValue)
    .join("\t") + "\n";

export type SeedScaleResult = { rows: number; regions: number; seconds: number };

/**
 * Replaces the synthetic dataset in one transaction: the earlier synthetic rows go, the new ones are
 * streamed in with COPY, and coverage is recomputed; a failure or an interrupt leaves the database as
 * it was. The reference tables (regions, clusters) must already be loaded.
 */
export async function writeSyntheticDataset(
  client: pg.Client,
  shape: ScaleShape,
  onProgress: (rowsWritten: number, totalRows: number) => void = () => {},
): Promise<SeedScaleResult> {
  const started = performance.now();
  await refuseRealSources(client);
  const totalRows = syntheticRowCount(shape);
  const regions = syntheticRegions(shape).filter((region) => region.generated);
  await client.query("BEGIN");
  try {
    await client.query(`DELETE FROM "Coverage" WHERE "sourceId" IN (SELECT id FROM "Source" WHERE key = $1)`, [
      syntheticSourceKey,
    ]);
    await client.query(
      `DELETE FROM "ClusterObservation" WHERE "sourceId" IN (SELECT id FROM "Source" WHERE key = $1)`,
      [syntheticSourceKey],
    );
    await client.query(`DELETE FROM "Source" WHERE key = $1`, [syntheticSourceKey]);
    await client.query(`DELETE FROM "Region" WHERE code LIKE 'syn-%'`);
    const { rows: source } = await client.query<{ id: number }>(
      `INSERT INTO "Source" (key, title, publisher, year, notes, "importFormat", "isDefault", confidence, caveats)
       VALUES ($1, $2, 'npm run db:seed:scale', $3, $4, 'synthetic', false, 'none: made-up figures', $4) RETURNING id`,
      [
        syntheticSourceKey,
        syntheticSourceTitle,
        shape.firstYear + shape.years - 1,
        `Generated with seed ${shape.seed} for benchmarks; no figure describes a real place.`,
      ],
    );
    const sourceId = source[0]!.id;
    await client.query(
      `INSERT INTO "Region" (code, "nameEn", "nameEs", country, kind, "sortOrder")
       SELECT code, "nameEn", "nameEs", country::"Country", kind::"RegionKind", 1000 + ordinality
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) WITH ORDINALITY
         AS t(code, "nameEn", "nameEs", country, kind)`,
      [
        regions.map((region) => region.code),
        regions.map((region) => region.nameEn),
        regions.map((region) => region.nameEs),
        regions.map((region) => region.country),
        regions.map((region) => (region.country === "US" ? "county" : "municipio")),
      ],
    );
    let written = 0;
    const lines = Readable.from(
      (function* () {
        for (const batch of syntheticRows(shape)) {
          yield batch.map((row) => copyLine(sourceId, row)).join("");
          written += batch.length;
          onProgress(written, totalRows);
        }
      })(),
    );
    const columns = copyColumns.map((column) => `"${column}"`).join(", ");
    await pipeline(lines, client.query(copyFrom(`COPY "ClusterObservation" (${columns}) FROM STDIN`)));
    await client.query(
      `INSERT INTO "Coverage" ("regionCode", year, topic, "sourceId", note)
       SELECT "regionCode", year, 'clusters', "sourceId", count(*) || ' cluster rows (synthetic)'
       FROM "ClusterObservation" WHERE "sourceId" = $1 GROUP BY "regionCode", year, "sourceId"`,
      [sourceId],
    );
    await client.query("COMMIT");
    return { rows: written, regions: regions.length, seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}
