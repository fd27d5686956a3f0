import { comparisonViewRows } from "@/lib/calculations/compare";
import { loadComparison } from "@/lib/compare-data";
import { csvResponse, exportFilename, toCsv } from "@/lib/csv";
import { header } from "@/lib/export/columns";
import { ExportRequestError, handleExport, parseExportRequest } from "@/lib/export/request";
import { compareFilters } from "@/lib/filters";
import { localName } from "@/lib/format";

/** The rows of the comparison view the page shows (bars, heatmap or table), each with its source, year and benchmark. */
export const GET = (request: Request) =>
  handleExport(async () => {
    const { values, lang, bom } = parseExportRequest(new URL(request.url), compareFilters);
    const data = await loadComparison(values);
    if (data.unknownCodes.length > 0) throw new ExportRequestError(`Unknown regions: ${data.unknownCodes.join(", ")}`);
    if (data.unknownSet) throw new ExportRequestError(`Unknown peer set: ${data.unknownSet}`);
    if (data.year === null) throw new ExportRequestError("None of these regions has cluster figures");
    const codes = data.regions.map((region) => region.code);
    const clusters = data.clusters.filter((cluster) => values.type === "all" || cluster.type === "traded");
    const rows = comparisonViewRows(
      data.cells,
      codes,
      clusters.map((cluster) => cluster.code),
      values,
    );
    const name = (entry: { nameEn: string; nameEs: string } | undefined) => (entry ? localName(lang, entry) : "");
    const body = toCsv(
      header(
        [
          "cluster_code",
          "cluster_name",
          "region_code",
          "region_name",
          "year",
          "employment_jobs",
          "employment_is_lower_bound",
          "location_quotient",
          "lq_benchmark",
          "average_wage_usd",
          "national_rank_jobs",
          "national_rank_lq",
          "source",
        ],
        lang,
      ),
      rows.map(({ clusterCode, regionCode, cell }) => [
        clusterCode,
        name(data.clusters.find((cluster) => cluster.code === clusterCode)),
        regionCode,
        name(data.regions.find((region) => region.code === regionCode)),
        data.year,
        cell?.employment,
        cell ? cell.employmentIsLowerBound : null,
        cell?.locationQuotient,
        cell?.locationQuotient !== null && cell?.locationQuotient !== undefined ? cell.lqBenchmarkCode : null,
        cell?.averageWageUsd,
        cell?.nationalRankEmployment,
        cell?.nationalRankLq,
        cell?.sourceTitle ?? "",
      ]),
      { bom, lang },
    );
    return csvResponse(
      body,
      exportFilename([
        "compare",
        data.set?.key ?? `${codes.length}-regions`,
        values.view,
        values.view === "heatmap" ? null : values.cluster,
        data.year,
        lang,
      ]),
    );
  });
