import { csvResponse, exportFilename, toCsv } from "@/lib/csv";
import { header } from "@/lib/export/columns";
import { ExportRequestError, handleExport, parseExportRequest } from "@/lib/export/request";
import { getCensusSectorEmployment } from "@/lib/queries/national-context";
import { getRegion } from "@/lib/queries/regions";
import { regionExportFilters } from "@/lib/filters";

/** Census employment by SCIAN sector for Mexico (default) or an imported Mexican state or municipio. */
export const GET = (request: Request) =>
  handleExport(async () => {
    const { values, lang, bom } = parseExportRequest(new URL(request.url), regionExportFilters("MX"));
    const region = await getRegion(values.code);
    if (!region || region.country !== "MX") throw new ExportRequestError(`Unknown Mexican region ${values.code}`);
    const rows = await getCensusSectorEmployment(region.code);
    const body = toCsv(
      header(
        [
          "region_code",
          "year",
          "industry_system",
          "industry_code",
          "industry_title",
          "employment_jobs",
          "withheld",
          "source",
        ],
        lang,
      ),
      rows.map((row) => [
        region.code,
        row.year,
        "SCIAN2018",
        row.code,
        row.titleEs,
        row.employment,
        row.withheld,
        row.sourceTitle,
      ]),
      { bom, lang },
    );
    const place = region.code === "MX" ? "mexico" : `region-${region.code}`;
    return csvResponse(body, exportFilename([place, "personal-ocupado-by-scian-sector", "census", lang]));
  });
