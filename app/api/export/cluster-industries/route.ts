import { csvResponse, exportFilename, toCsv } from "@/lib/csv";
import { header } from "@/lib/export/columns";
import { ExportRequestError, handleExport, parseExportRequest } from "@/lib/export/request";
import { getCluster, getClusterIndustryEmployment } from "@/lib/queries/cluster-detail";
import { localName, localNote } from "@/lib/format";
import { clusterExportFilters } from "@/lib/filters";

/** Every published NAICS 2017 industry row of a cluster: county, year, employment, establishments. */
export const GET = (request: Request) =>
  handleExport(async () => {
    const { values, lang, bom } = parseExportRequest(new URL(request.url), clusterExportFilters);
    const cluster = await getCluster(values.code);
    if (!cluster) throw new ExportRequestError(`Unknown cluster ${values.code}`);
    const rows = await getClusterIndustryEmployment(cluster.code);
    const body = toCsv(
      header(
        [
          "region_code",
          "year",
          "cluster_code",
          "cluster_name",
          "industry_system",
          "industry_code",
          "industry_title",
          "employment_jobs",
          "establishments",
          "pandemic_year",
          "derivation",
          "source",
        ],
        lang,
      ),
      rows.map((row) => [
        row.regionCode,
        row.year,
        cluster.code,
        localName(lang, cluster),
        "NAICS2017",
        row.industry.code,
        row.industry.titleEn,
        row.employment,
        row.establishments,
        row.pandemicFlag,
        localNote(lang, row.industry.clusterNote, row.industry.clusterNoteEs),
        row.sourceTitle,
      ]),
      { bom, lang },
    );
    return csvResponse(body, exportFilename(["cluster", cluster.code, "naics2017-industries", lang]));
  });
