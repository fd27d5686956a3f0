import { csvResponse, exportFilename, toCsv } from "@/lib/csv";
import { header, term } from "@/lib/export/columns";
import { filledInJobs } from "@/lib/calculations/filled-in";
import { lqColumns } from "@/lib/export/cluster-rows";
import { ExportRequestError, handleExport, parseExportRequest } from "@/lib/export/request";
import { getCluster, getClusterObservations } from "@/lib/queries/cluster-detail";
import { localNote, localName } from "@/lib/format";
import { clusterExportFilters } from "@/lib/filters";

/** Every figure of one cluster, as the cluster page's table lists them. */
export const GET = (request: Request) =>
  handleExport(async () => {
    const { values, lang, bom } = parseExportRequest(new URL(request.url), clusterExportFilters);
    const cluster = await getCluster(values.code);
    if (!cluster) throw new ExportRequestError(`Unknown cluster ${values.code}`);
    const observations = await getClusterObservations(cluster.code);
    const body = toCsv(
      header(
        [
          "year",
          "region_code",
          "region_name",
          "cluster_code",
          "cluster_name",
          "cluster_type",
          "employment_jobs",
          "employment_is_lower_bound",
          "employment_reported_jobs",
          "employment_filled_in_jobs",
          "location_quotient",
          "lq_benchmark",
          "lq_method",
          "establishments",
          "payroll_thousand_usd",
          "average_wage_usd",
          "pandemic_year",
          "source",
          "source_url",
          "derivation",
        ],
        lang,
      ),
      observations.map((row) => [
        row.year,
        row.regionCode,
        localName(lang, row.region),
        cluster.code,
        localName(lang, cluster),
        term(cluster.type, lang),
        row.employment,
        row.employmentIsLowerBound,
        row.employmentReported,
        filledInJobs(row),
        row.locationQuotient,
        ...lqColumns(row, lang),
        row.establishments,
        row.payrollThousandUsd,
        row.averageWageUsd,
        row.pandemicFlag,
        row.source.title,
        row.source.url,
        localNote(lang, row.derivation, row.derivationEs),
      ]),
      { bom, lang },
    );
    return csvResponse(body, exportFilename(["cluster", cluster.code, cluster.key, "all-regions-years", lang]));
  });
