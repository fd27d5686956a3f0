import { csvResponse, exportFilename, toCsv } from "@/lib/csv";
import { header } from "@/lib/export/columns";
import { ExportRequestError, handleExport, parseExportRequest } from "@/lib/export/request";
import { getCoverage, getRegion } from "@/lib/queries/regions";
import { regionExportFilters } from "@/lib/filters";

/** What the database holds for a region and its members: one row per region, year, topic and source. */
export const GET = (request: Request) =>
  handleExport(async () => {
    const { values, lang, bom } = parseExportRequest(new URL(request.url), regionExportFilters());
    const region = await getRegion(values.code);
    if (!region) throw new ExportRequestError(`Unknown region ${values.code}`);
    const entries = await getCoverage([region.code, ...region.children.map((child) => child.code)]);
    const body = toCsv(
      header(["region_code", "year", "source", "topic", "note"], lang),
      entries.map((entry) => [entry.regionCode, entry.year, entry.sourceTitle, entry.topic, entry.note]),
      { bom, lang },
    );
    return csvResponse(body, exportFilename(["data-coverage", region.code, lang]));
  });
