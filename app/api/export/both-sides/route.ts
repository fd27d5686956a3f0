import { loadBothSides } from "@/lib/binational-data";
import { csvResponse, exportFilename, toCsv } from "@/lib/csv";
import { header } from "@/lib/export/columns";
import { ExportRequestError, handleExport, parseExportRequest } from "@/lib/export/request";
import { localName } from "@/lib/format";
import { noFilters } from "@/lib/filters";

/** Clusters strong on both sides: the U.S. side's LQ and jobs beside the Mexican side's large plants, as the table shows them. */
export const GET = (request: Request) =>
  handleExport(async () => {
    const { lang, bom } = parseExportRequest(new URL(request.url), noFilters);
    const data = await loadBothSides();
    if (!data)
      throw new ExportRequestError("The U.S. side has no location quotients or the Mexican side no establishments");
    const { lqYear, rows, sizeBands, plantsSource } = data;
    const body = toCsv(
      header(
        [
          "cluster_code",
          "cluster_name",
          "year",
          "us_side_lq",
          "us_side_jobs",
          "count_establishments",
          "count_establishments_shared",
          "size_band",
          "strong_on_both",
          "source",
        ],
        lang,
      ),
      rows.map((row) => [
        row.clusterCode,
        localName(lang, row),
        lqYear,
        row.usLq,
        row.usJobs,
        row.mxPlants,
        row.mxPlantsShared,
        sizeBands.join("; "),
        row.strongOnBoth,
        `U.S. Cluster Mapping Project ${lqYear}; ${plantsSource}`,
      ]),
      { bom, lang },
    );
    return csvResponse(body, exportFilename(["clusters-on-both-sides", lang]));
  });
