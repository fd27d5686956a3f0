import { loadManufacturing } from "@/lib/binational-data";
import { csvResponse, exportFilename, toCsv } from "@/lib/csv";
import { header } from "@/lib/export/columns";
import { ExportRequestError, handleExport, parseExportRequest } from "@/lib/export/request";
import { localName } from "@/lib/format";
import { manufacturingExportFilters } from "@/lib/filters";

/** The two-sided manufacturing chart: one row per bar, each with its own measure, period and source. */
export const GET = (request: Request) =>
  handleExport(async () => {
    const { values, lang, bom } = parseExportRequest(new URL(request.url), manufacturingExportFilters);
    const data = await loadManufacturing(values.year);
    if (!data) throw new ExportRequestError("No reference period has manufacturing figures on both sides");
    const measure = {
      cbp_employees: [
        "CBP paid employees, pay period including March 12 (sum of published six-digit NAICS 31-33 rows)",
        "empleados asalariados CBP, periodo de pago que incluye el 12 de marzo (suma de filas NAICS 31-33 de seis dígitos publicadas)",
      ],
      imss_permanent_workers: [
        "IMSS permanent insured workers, manufacturing division (2-3), March",
        "trabajadores permanentes asegurados en el IMSS, división de manufactura (2-3), marzo",
      ],
    } as const;
    const body = toCsv(
      header(
        [
          "region_code",
          "region_name",
          "side",
          "measure",
          "reference_period",
          "value",
          "employment_is_lower_bound",
          "withheld_cells",
          "source",
        ],
        lang,
      ),
      data.bars.map((bar) => [
        bar.regionCode,
        localName(lang, bar),
        bar.side,
        measure[bar.measure][lang === "es" ? 1 : 0],
        `${bar.year}-03`,
        bar.value,
        bar.lowerBound,
        bar.withheldCells,
        bar.sourceTitle,
      ]),
      { bom, lang },
    );
    return csvResponse(body, exportFilename(["manufacturing-both-sides", `${data.year}-03`, lang]));
  });
