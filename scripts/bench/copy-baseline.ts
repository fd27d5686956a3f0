// PostgreSQL's own COPY of the rows the whole-dataset CSV holds (same joins, same columns): the
// fastest the database can hand them over, the floor the export is measured against.
import { spawn } from "node:child_process";

const datasetCopySql = `COPY (
  SELECT 'cluster', o."regionCode", r."nameEn", o.year, o."clusterCode", c."nameEn", NULL, NULL, NULL,
         o.employment, o."employmentIsLowerBound", o."employmentReported", o.establishments,
         o."payrollThousandUsd", o."averageWageUsd", o."locationQuotient", o."lqBenchmarkCode", o."lqPublished",
         NULL, o."pandemicFlag", s.title, s.url, o.derivation
  FROM "ClusterObservation" o JOIN "Region" r ON r.code = o."regionCode"
  JOIN "Cluster" c ON c.code = o."clusterCode" JOIN "Source" s ON s.id = o."sourceId"
  UNION ALL
  SELECT 'industry', i."regionCode", r."nameEn", i.year, d."clusterCode", c."nameEn", d.system::text, d.code, d."titleEn",
         i.employment, false, NULL, i.establishments, i."payrollThousandUsd", NULL, NULL, NULL, NULL,
         i."valueAddedMillionMxn", i."pandemicFlag", s.title, s.url, NULL
  FROM "IndustryObservation" i JOIN "Region" r ON r.code = i."regionCode"
  JOIN "Industry" d ON d.id = i."industryId" LEFT JOIN "Cluster" c ON c.code = d."clusterCode"
  JOIN "Source" s ON s.id = i."sourceId"
) TO STDOUT WITH (FORMAT csv, HEADER)`;

/** Runs the COPY through psql and counts what arrives; null when psql is not installed. */
export async function copyDataset(
  databaseUrl: string,
): Promise<{ seconds: number; bytes: number; rows: number } | null> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const psql = spawn("psql", [databaseUrl, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-c", datasetCopySql]);
    let bytes = 0;
    let lines = 0;
    psql.stdout.on("data", (chunk: Buffer) => {
      bytes += chunk.byteLength;
      for (const byte of chunk) if (byte === 10) lines++;
    });
    let stderr = "";
    psql.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    psql.on("error", (error: NodeJS.ErrnoException) => (error.code === "ENOENT" ? resolve(null) : reject(error)));
    psql.on("close", (code) =>
      code === 0
        ? resolve({ seconds: (performance.now() - started) / 1000, bytes, rows: lines - 1 })
        : reject(new Error(`psql COPY failed (exit ${code}): ${stderr.trim()}`)),
    );
  });
}
