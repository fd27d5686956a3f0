import { rankBy } from "@/lib/calculations/ranking";
import { csvResponse, exportFilename, toCsv } from "@/lib/csv";
import { header } from "@/lib/export/columns";
import { ExportRequestError, handleExport, parseExportRequest } from "@/lib/export/request";
import { overviewFilters, trendCardCount } from "@/lib/filters";
import { loadOverviewRows } from "@/lib/overview-data";
import { getRegion } from "@/lib/queries/regions";
import { getClusterSeries } from "@/lib/queries/trends";
import { localName } from "@/lib/format";

/** The overview's trend cards: the same largest clusters, every point of their series. */
export const GET = (request: Request) =>
  handleExport(async () => {
    const { values, lang, bom } = parseExportRequest(new URL(request.url), overviewFilters);
    const region = await getRegion(values.region);
    if (!region) throw new ExportRequestError(`Unknown region ${values.region}`);
    const data = await loadOverviewRows(values);
    if (!data) throw new ExportRequestError(`${region.nameEn} has no cluster data`);
    const largest = rankBy(data.yearRows, "employment").slice(0, trendCardCount);
    const series = await getClusterSeries(
      values.region,
      largest.map((row) => row.clusterCode),
    );
    const rows = largest.flatMap((cluster) =>
      (series.find((entry) => entry.clusterCode === cluster.clusterCode)?.points ?? []).map((point, index, points) => {
        // A change is written only between consecutive years of one series (never across a break).
        const previous = points[index - 1];
        const change =
          previous && previous.series === point.series && previous.value !== null && point.value !== null
            ? point.value - previous.value
            : null;
        return [
          region.code,
          localName(lang, region),
          cluster.clusterCode,
          localName(lang, cluster),
          point.year,
          point.value,
          point.reported,
          point.lowerBound,
          point.withheldCells,
          change,
          point.seriesBreakBefore,
          point.pandemic,
          point.sourceTitle,
          point.sourcePublisher,
        ];
      }),
    );
    const body = toCsv(
      header(
        [
          "region_code",
          "region_name",
          "cluster_code",
          "cluster_name",
          "year",
          "employment_jobs",
          "employment_reported_jobs",
          "employment_is_lower_bound",
          "withheld_cells",
          "change_jobs",
          "series_break_before",
          "pandemic_year",
          "source",
          "source_publisher",
        ],
        lang,
      ),
      rows,
      { bom, lang },
    );
    return csvResponse(
      body,
      exportFilename([
        "cluster-employment-trends",
        values.region,
        `largest-${trendCardCount}-in-${data.year}`,
        values.type === "all" ? null : values.type,
        lang,
      ]),
    );
  });
