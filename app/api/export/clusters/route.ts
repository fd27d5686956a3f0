import { filterClusterRows, sortClusterRows } from "@/lib/calculations/sort-clusters";
import { csvResponse, exportFilename, toCsv } from "@/lib/csv";
import { clusterHeader, clusterRecord } from "@/lib/export/cluster-rows";
import { ExportRequestError, handleExport, parseExportRequest } from "@/lib/export/request";
import { clustersFilters } from "@/lib/filters";
import { getClusterRanking } from "@/lib/queries/cluster-ranking";
import { getRegion } from "@/lib/queries/regions";
import { resolveViewYears } from "@/lib/view-years";

/** The clusters table as shown: same filters, sort order and name filter. */
export const GET = (request: Request) =>
  handleExport(async () => {
    const { values, lang, bom } = parseExportRequest(new URL(request.url), clustersFilters);
    const region = await getRegion(values.region);
    if (!region) throw new ExportRequestError(`Unknown region ${values.region}`);
    const { year } = await resolveViewYears(region.code, values.year);
    if (year === null) throw new ExportRequestError(`${region.nameEn} has no cluster data`);
    const rows = filterClusterRows(
      sortClusterRows(
        await getClusterRanking({ region: values.region, year, type: values.type }),
        values.sort,
        values.dir,
        lang,
      ),
      values.q,
      lang,
    );
    const body = toCsv(
      clusterHeader(lang),
      rows.map((row, index) => clusterRecord(row, index + 1, region, year, lang)),
      { bom, lang },
    );
    return csvResponse(
      body,
      exportFilename([
        "clusters",
        year,
        values.region,
        values.type === "all" ? null : values.type,
        `by-${values.sort}-${values.dir}`,
        values.q ? `matching-${values.q}` : null,
        lang,
      ]),
    );
  });
