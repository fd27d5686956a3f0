import { loadLargePlants } from "@/lib/binational-data";
import { csvResponse, exportFilename, toCsv } from "@/lib/csv";
import { header } from "@/lib/export/columns";
import { ExportRequestError, handleExport, parseExportRequest } from "@/lib/export/request";
import { localName, localNote } from "@/lib/format";
import { regionExportFilters } from "@/lib/filters";

/** Large establishments by cluster (the chart's bars), then those counted by activity because their block spans clusters. */
export const GET = (request: Request) =>
  handleExport(async () => {
    const { values, lang, bom } = parseExportRequest(new URL(request.url), regionExportFilters("mx-side"));
    const data = await loadLargePlants(values.code);
    if (!data) throw new ExportRequestError(`Unknown Mexican region ${values.code}`);
    const regionName = localName(lang, data.region);
    const band = data.plants.sizeBands.join("; ");
    const rows = [
      ...data.plants.byCluster.map((row) => [
        data.region.code,
        regionName,
        row.clusterCode,
        localName(lang, row),
        null,
        null,
        row.count,
        band,
        null,
        data.plants.sourceTitle,
      ]),
      ...data.plants.unmapped.map((row) => [
        data.region.code,
        regionName,
        null,
        null,
        row.scianCode,
        row.activity,
        row.count,
        band,
        localNote(lang, row.reason, row.reasonEs),
        data.plants.sourceTitle,
      ]),
    ];
    const body = toCsv(
      header(
        [
          "region_code",
          "region_name",
          "cluster_code",
          "cluster_name",
          "scian_code",
          "activity_name",
          "count_establishments",
          "size_band",
          "cluster_note",
          "source",
        ],
        lang,
      ),
      rows,
      { bom, lang },
    );
    return csvResponse(body, exportFilename(["large-establishments-by-cluster", data.region.code, lang]));
  });
