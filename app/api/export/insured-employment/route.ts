import { csvResponse, exportFilename, toCsv } from "@/lib/csv";
import { header } from "@/lib/export/columns";
import { ExportRequestError, handleExport, parseExportRequest } from "@/lib/export/request";
import { imssDivisionName, insuredMeasureNames } from "@/lib/reference/imss";
import { getInsuredEmployment } from "@/lib/queries/insured";
import { getRegion } from "@/lib/queries/regions";
import { localName } from "@/lib/format";
import { insuredExportFilters } from "@/lib/filters";

/** One IMSS measure per month and IMSS division for a Mexican region (one of the region page's IMSS tables). */
export const GET = (request: Request) =>
  handleExport(async () => {
    const { values, lang, bom } = parseExportRequest(new URL(request.url), insuredExportFilters);
    const region = await getRegion(values.code);
    if (!region || region.country !== "MX") throw new ExportRequestError(`Unknown Mexican region ${values.code}`);
    const rows = (await getInsuredEmployment(region.code)).filter((row) => row.measure === values.measure);
    const body = toCsv(
      header(
        [
          "region_code",
          "region_name",
          "year",
          "month",
          "imss_division_code",
          "imss_division_name",
          "measure",
          "value",
          "insured_persons",
          "source",
        ],
        lang,
      ),
      rows
        .toSorted((a, b) => a.year - b.year || a.month - b.month || a.sectorCode.localeCompare(b.sectorCode))
        .map((row) => [
          region.code,
          localName(lang, region),
          row.year,
          row.month,
          row.sectorCode,
          imssDivisionName(lang, row.sectorCode),
          insuredMeasureNames[row.measure][lang],
          row.value,
          row.insuredPersons,
          row.sourceTitle,
        ]),
      { bom, lang },
    );
    return csvResponse(body, exportFilename(["imss", values.measure.replace("_", "-"), region.code, "monthly", lang]));
  });
