"use client";

import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { clustersDefaults, type ClustersFilters } from "@/lib/filter-defaults";
import { localName, formatters } from "@/lib/format";
import type { RankedCluster } from "@/lib/queries/cluster-ranking";
import { useUrlState, type UrlStateRules } from "@/lib/use-url-state";
import { DownloadCsvLink } from "@/components/ui/download-link";
import { exportHref } from "@/lib/export/href";
import { filterClusterRows, sortClusterRows, type ClusterSort } from "@/lib/calculations/sort-clusters";

type TableView = Pick<ClustersFilters, "sort" | "dir" | "q">;
const tableRules: UrlStateRules<TableView> = {
  defaults: { sort: clustersDefaults.sort, dir: clustersDefaults.dir, q: clustersDefaults.q },
};

const columns: {
  key: ClusterSort;
  label: "code" | "cluster" | "employment" | "lq" | "establishments" | "averageWage";
  numeric: boolean;
}[] = [
  { key: "code", label: "code", numeric: true },
  { key: "name", label: "cluster", numeric: false },
  { key: "employment", label: "employment", numeric: true },
  { key: "lq", label: "lq", numeric: true },
  { key: "establishments", label: "establishments", numeric: true },
  { key: "wage", label: "averageWage", numeric: true },
];

/** All clusters, sorted and filtered in the browser; sort, direction and filter text stay in the URL. */
export function ClustersTable({
  rows,
  filters,
}: {
  rows: RankedCluster[];
  filters: ClustersFilters & { year: number };
}) {
  const locale = useLocale() as Locale;
  const t = useTranslations("table");
  const tc = useTranslations("clusters");
  const format = formatters(locale);
  const [values, setParams] = useUrlState<TableView>(filters, tableRules);
  const visible = filterClusterRows(sortClusterRows(rows, values.sort, values.dir, locale), values.q, locale);
  const ariaSort = (key: ClusterSort) =>
    values.sort === key ? (values.dir === "asc" ? "ascending" : "descending") : "none";
  return (
    <div className="panel">
      <div className="chart-header">
        <label className="table-filter">
          <span className="control-label">{tc("search")}</span>
          <input
            type="search"
            defaultValue={values.q}
            onChange={(event) => setParams({ q: event.target.value })}
            data-testid="cluster-search"
          />
        </label>
        <DownloadCsvLink
          href={exportHref(
            "clusters",
            {
              region: filters.region,
              year: filters.year,
              type: filters.type,
              sort: values.sort,
              dir: values.dir,
              q: values.q,
            },
            locale,
          )}
          testId="clusters-csv"
        />
      </div>
      <div className="table-scroll">
        <table className="data-table" data-testid="clusters-table">
          <thead>
            <tr>
              {columns.map((column) => (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={ariaSort(column.key)}
                  className={column.numeric ? "num" : undefined}
                >
                  <button
                    type="button"
                    onClick={() =>
                      setParams({
                        sort: column.key,
                        dir: values.sort === column.key && values.dir === "desc" ? "asc" : "desc",
                      })
                    }
                    aria-label={tc("sortBy", { column: t(column.label) })}
                    data-testid={`sort-${column.key}`}
                  >
                    {t(column.label)} {values.sort === column.key ? (values.dir === "asc" ? "▲" : "▼") : ""}
                  </button>
                </th>
              ))}
              <th scope="col">{t("type")}</th>
            </tr>
          </thead>
          <tbody>
            {visible.map((row) => (
              <tr key={row.clusterCode} data-cluster-code={row.clusterCode}>
                <td className="num">{row.clusterCode}</td>
                <th scope="row">
                  <Link href={`/clusters/${row.clusterCode}`}>{localName(locale, row)}</Link>
                </th>
                <td className="num" data-value={row.employment ?? ""}>
                  {format.jobsMarked(row)}
                </td>
                <td className="num" data-value={row.locationQuotient ?? ""}>
                  {format.lq(row.locationQuotient)}
                </td>
                <td className="num">{format.integer(row.establishments)}</td>
                <td className="num">{format.usd(row.averageWageUsd)}</td>
                <td>{row.clusterType === "traded" ? t("traded") : t("local")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {visible.length === 0 ? <p className="notice">{tc("noMatch")}</p> : null}
    </div>
  );
}
