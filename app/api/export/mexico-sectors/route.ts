import { csvResponse, exportFilename, toCsv } from "@/lib/csv";
import { header } from "@/lib/export/columns";
import { handleExport, parseExportRequest } from "@/lib/export/request";
import { getMexicoSectorEmployment } from "@/lib/queries/national-context";

/** Mexico's national census employment by SCIAN sector (the Mexican-side context table). */
export const GET = (request: Request) =>
  handleExport(async () => {
    const { lang, bom } = parseExportRequest(new URL(request.url), {}, {});
    const rows = await getMexicoSectorEmployment();
    const body = toCsv(
      header(["region_code", "year", "industry_system", "industry_code", "industry_title", "employment_jobs", "source"], lang),
      rows.map((row) => ["MX", row.year, "SCIAN2018", row.code, row.titleEs, row.employment, row.sourceTitle]),
      { bom },
    );
    return csvResponse(body, exportFilename(["mexico", "personal-ocupado-by-scian-sector", "census", lang]));
  });
