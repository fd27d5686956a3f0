import "server-only";
import { overviewChartRows } from "../calculations/ranking";
import { csvResponse, exportFilename, toCsv } from "../csv";
import { overviewFilters } from "../filters";
import { loadOverviewRows } from "../overview-data";
import { getRegion } from "../queries/regions";
import { clusterHeader, clusterRecord } from "./cluster-rows";
import { ExportRequestError, handleExport, parseExportRequest } from "./request";

/** The two overview charts as CSV: the same schema, years, query and row selection as the page. */
export function overviewChartExport(chart: "lq" | "employment") {
  return (request: Request) =>
    handleExport(async () => {
      const { values, lang, bom } = parseExportRequest(new URL(request.url), overviewFilters);
      const region = await getRegion(values.region);
      if (!region) throw new ExportRequestError(`Unknown region ${values.region}`);
      const data = await loadOverviewRows(values);
      if (!data) throw new ExportRequestError(`${region.nameEn} has no cluster data`);
      const { byLq, byEmployment } = overviewChartRows({
        yearRows: data.yearRows,
        lqRows: data.lqRows,
        top: values.top,
        minJobs: values.min,
        view: values.view,
      });
      const { t1, t2 } = values;
      const employmentYear = values.view === "concentrated" ? (data.lqYear ?? data.year) : data.year;
      const body =
        chart === "lq"
          ? toCsv(
              clusterHeader(lang, ["min_jobs_for_lq_ranking"]),
              byLq.map((row, index) => [...clusterRecord(row, index + 1, region, data.lqYear!, lang), values.min]),
              { bom, lang },
            )
          : toCsv(
              clusterHeader(lang, ["threshold_1_jobs", "threshold_2_jobs", "clears_threshold_1", "clears_threshold_2"]),
              byEmployment.map((row, index) => [
                ...clusterRecord(row, index + 1, region, employmentYear, lang),
                t1,
                t2,
                (row.employment ?? 0) >= t1,
                (row.employment ?? 0) >= t2,
              ]),
              { bom, lang },
            );
      const name = exportFilename([
        chart === "lq" ? "clusters-by-lq" : "clusters-by-employment",
        chart === "lq" ? data.lqYear : employmentYear,
        values.region,
        values.type === "all" ? null : values.type,
        values.top === "all" ? "all" : `top-${values.top}`,
        chart === "lq" ? `min-${values.min}-jobs` : values.view,
        chart === "employment" ? `thresholds-${t1}-${t2}` : null,
        lang,
      ]);
      return csvResponse(body, name);
    });
}
