import { csvResponse, exportFilename, toCsv } from "@/lib/csv";
import { filledInJobs } from "@/lib/calculations/filled-in";
import { lqColumns } from "@/lib/export/cluster-rows";
import { latestLqByRegion } from "@/lib/calculations/latest-lq";
import { header, term } from "@/lib/export/columns";
import { ExportRequestError, handleExport, parseExportRequest } from "@/lib/export/request";
import { getCluster, getClusterObservations } from "@/lib/queries/cluster-detail";
import { localName } from "@/lib/format";
import { clusterExportFilters } from "@/lib/filters";

/** The cluster page's "concentration by region" chart, row for row. */
export const GET = (request: Request) =>
  handleExport(async () => {
    const { values, lang, bom } = parseExportRequest(new URL(request.url), clusterExportFilters);
    const cluster = await getCluster(values.code);
    if (!cluster) throw new ExportRequestError(`Unknown cluster ${values.code}`);
    const { year, rows } = latestLqByRegion(await getClusterObservations(cluster.code));
    const body = toCsv(
      header(
        [
          "rank",
          "region_code",
          "region_name",
          "year",
          "cluster_code",
          "cluster_name",
          "cluster_type",
          "location_quotient",
          "lq_benchmark",
          "lq_method",
          "employment_jobs",
          "employment_filled_in_jobs",
          "source",
          "source_url",
        ],
        lang,
      ),
      rows.map((row, index) => [
        index + 1,
        row.regionCode,
        localName(lang, row.region),
        row.year,
        cluster.code,
        localName(lang, cluster),
        term(cluster.type, lang),
        row.locationQuotient,
        ...lqColumns(row, lang),
        row.employment,
        filledInJobs(row),
        row.source.title,
        row.source.url,
      ]),
      { bom, lang },
    );
    return csvResponse(body, exportFilename(["cluster", cluster.code, "lq-by-region", year, lang]));
  });
