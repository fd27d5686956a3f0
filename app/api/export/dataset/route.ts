import { csvResponse, exportFilename } from "@/lib/csv";
import { datasetCsvStream } from "@/lib/export/dataset-stream";
import { handleExport, parseExportRequest } from "@/lib/export/request";
import { noFilters } from "@/lib/filters";

/** The whole dataset: every observation with its source, streamed. */
export const GET = (request: Request) =>
  handleExport(async () => {
    const { lang, bom } = parseExportRequest(new URL(request.url), noFilters);
    return csvResponse(
      datasetCsvStream(lang, bom),
      exportFilename(["dataset", "all-observations", new Date().toISOString().slice(0, 10), lang]),
    );
  });
