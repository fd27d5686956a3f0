import "server-only";
import { overviewChartRows } from "../calculations/ranking";
import { csvResponse, exportFilename, toCsv } from "../csv";
import { overviewDefaults, overviewShape } from "../filters";
import { getClusterRanking } from "../queries/cluster-ranking";
import { getRegion } from "../queries/regions";
import { clusterHeader, clusterRecord } from "./cluster-rows";
import { ExportRequestError, handleExport, parseExportRequest } from "./request";

/** The two overview charts as CSV: the same schema, query and row selection as the page. */
export function overviewChartExport(chart: "lq" | "employment") {
  return (request: Request) =>
    handleExport(async () => {
      const { values, lang, bom } = parseExportRequest(new URL(request.url), overviewShape, overviewDefaults);
      const region = await getRegion(values.region);
      if (!region) throw new ExportRequestError(`Unknown region ${values.region}`);
      const rows = await getClusterRanking(values);
      const { byLq, byEmployment } = overviewChartRows(rows, values.top);
      const [t1, t2] = [Math.min(values.t1, values.t2), Math.max(values.t1, values.t2)];
      const body =
        chart === "lq"
          ? toCsv(clusterHeader(lang), byLq.map((row, index) => clusterRecord(row, index + 1, region, values.year, lang)), { bom })
          : toCsv(
              clusterHeader(lang, ["threshold_1_jobs", "threshold_2_jobs", "clears_threshold_1", "clears_threshold_2"]),
              byEmployment.map((row, index) => [
                ...clusterRecord(row, index + 1, region, values.year, lang),
                t1,
                t2,
                (row.employment ?? 0) >= t1,
                (row.employment ?? 0) >= t2,
              ]),
              { bom },
            );
      const name = exportFilename([
        chart === "lq" ? "clusters-by-lq" : "clusters-by-employment",
        values.year,
        values.region,
        values.type === "all" ? null : values.type,
        values.top === "all" ? "all" : `top-${values.top}`,
        chart === "employment" ? `thresholds-${t1}-${t2}` : null,
        lang,
      ]);
      return csvResponse(body, name);
    });
}
