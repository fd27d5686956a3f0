import { csvResponse, exportFilename, toCsv } from "@/lib/csv";
import { header } from "@/lib/export/columns";
import { ExportRequestError, handleExport, parseExportRequest } from "@/lib/export/request";
import { getEstablishments } from "@/lib/queries/binational";
import { getRegion } from "@/lib/queries/regions";
import { localName } from "@/lib/format";
import { regionExportFilters } from "@/lib/filters";

/** A municipio's large establishments, one row each, as DENUE lists them. */
export const GET = (request: Request) =>
  handleExport(async () => {
    const { values, lang, bom } = parseExportRequest(new URL(request.url), regionExportFilters());
    const region = await getRegion(values.code);
    if (!region || region.kind !== "municipio") throw new ExportRequestError(`Unknown municipio ${values.code}`);
    const rows = await getEstablishments(region.code);
    const body = toCsv(
      header(
        [
          "region_code",
          "region_name",
          "scian_code",
          "activity_name",
          "locality_name",
          "size_band",
          "cluster_code",
          "cluster_name",
        ],
        lang,
      ),
      rows.map((row) => [
        region.code,
        localName(lang, region),
        row.scianCode,
        row.activityName,
        row.localityName,
        row.sizeBand,
        row.clusterCode,
        localName(lang, row),
      ]),
      { bom, lang },
    );
    return csvResponse(body, exportFilename(["large-establishments", region.code, lang]));
  });
