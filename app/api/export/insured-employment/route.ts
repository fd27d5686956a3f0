import { z } from "zod";
import { csvResponse, exportFilename, toCsv } from "@/lib/csv";
import { header } from "@/lib/export/columns";
import { ExportRequestError, handleExport, parseExportRequest } from "@/lib/export/request";
import { imssSectors } from "@/lib/import/imss-sectors";
import { getInsuredEmployment } from "@/lib/queries/insured";
import { getRegion } from "@/lib/queries/regions";

/** IMSS insured jobs per month and IMSS division for a Mexican region (the region page's IMSS tables). */
export const GET = (request: Request) =>
  handleExport(async () => {
    const { values, lang, bom } = parseExportRequest(new URL(request.url), { code: z.string().min(1).max(20) }, { code: "" });
    const region = await getRegion(values.code);
    if (!region || region.country !== "MX") throw new ExportRequestError(`Unknown Mexican region ${values.code}`);
    const rows = await getInsuredEmployment(region.code);
    const body = toCsv(
      header(["region_code", "region_name", "year", "month", "imss_division_code", "imss_division_name", "insured_jobs", "insured_persons", "source"], lang),
      rows
        .toSorted((a, b) => a.year - b.year || a.month - b.month || a.sectorCode.localeCompare(b.sectorCode))
        .map((row) => [
          region.code,
          lang === "es" ? region.nameEs : region.nameEn,
          row.year,
          row.month,
          row.sectorCode,
          lang === "es" ? imssSectors[row.sectorCode]?.es : imssSectors[row.sectorCode]?.en,
          row.insuredJobs,
          row.insuredPersons,
          row.sourceTitle,
        ]),
      { bom },
    );
    return csvResponse(body, exportFilename(["imss-insured-jobs", region.code, "monthly", lang]));
  });
