import { csvResponse, exportFilename, toCsv } from "@/lib/csv";
import { header } from "@/lib/export/columns";
import { ExportRequestError, handleExport, parseExportRequest } from "@/lib/export/request";
import { getCluster } from "@/lib/queries/cluster-detail";
import { loadTopMetros, topMetroMinJobs } from "@/lib/top-metros-data";
import { localName } from "@/lib/format";
import { topMetrosFilters } from "@/lib/filters";

/** A cluster page's top U.S. metros by jobs or by LQ, with San Diego and El Centro wherever they rank, as the chart shows them. */
export const GET = (request: Request) =>
  handleExport(async () => {
    const { values, lang, bom } = parseExportRequest(new URL(request.url), topMetrosFilters);
    const cluster = values.code > 0 ? await getCluster(values.code) : null;
    if (!cluster) throw new ExportRequestError(`Unknown cluster: code=${values.code}`);
    const data = await loadTopMetros(cluster.code);
    if (!data) throw new ExportRequestError("No metropolitan area has figures for this cluster");
    const rows = values.by === "employment" ? data.byEmployment : data.byLq;
    const body = toCsv(
      header(
        [
          "rank",
          "region_code",
          "region_name",
          "cluster_code",
          "cluster_name",
          "year",
          "employment_jobs",
          "location_quotient",
          "lq_benchmark",
          "min_jobs_for_lq_ranking",
          "national_rank_jobs",
          "national_rank_lq",
          "source",
        ],
        lang,
      ),
      rows.map((row) => [
        row.rankAmongMetros,
        row.regionCode,
        localName(lang, row),
        cluster.code,
        localName(lang, cluster),
        data.year,
        row.employment,
        row.locationQuotient,
        row.locationQuotient === null ? null : row.lqBenchmarkCode,
        values.by === "lq" ? topMetroMinJobs : null,
        row.nationalRankEmployment,
        row.nationalRankLq,
        row.sourceTitle,
      ]),
      { bom, lang },
    );
    return csvResponse(body, exportFilename(["cluster", cluster.code, "top-metros-by", values.by, data.year, lang]));
  });
