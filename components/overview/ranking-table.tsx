"use client";

import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/i18n/routing";
import { Link } from "@/i18n/navigation";
import { localName, formatters } from "@/lib/format";
import type { RankedCluster } from "@/lib/queries/cluster-ranking";

/** The numbers behind a ranking chart, row for row in the chart's order. */
export function RankingTable({
  rows,
  metric,
  thresholds,
}: {
  rows: RankedCluster[];
  metric: "lq" | "employment";
  thresholds?: [number, number];
}) {
  const locale = useLocale() as Locale;
  const t = useTranslations("table");
  const to = useTranslations("overview");
  const format = formatters(locale);
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{t("rank")}</th>
          <th scope="col">{t("cluster")}</th>
          <th scope="col" className="num">
            {t("lq")}
          </th>
          <th scope="col" className="num">
            {t("employment")}
          </th>
          {metric === "employment" && thresholds ? <th scope="col">{to("clears")}</th> : null}
          <th scope="col">{t("type")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={row.clusterCode} data-cluster-code={row.clusterCode}>
            <td className="num">{index + 1}</td>
            <th scope="row">
              <Link href={`/clusters/${row.clusterCode}`}>{localName(locale, row)}</Link>
            </th>
            <td className="num" data-value={row.locationQuotient ?? ""}>
              {format.lq(row.locationQuotient)}
            </td>
            <td className="num" data-value={row.employment ?? ""}>
              {format.jobsMarked(row)}
            </td>
            {metric === "employment" && thresholds ? (
              <td>
                {thresholds
                  .filter((threshold) => (row.employment ?? 0) >= threshold)
                  .map((threshold) => format.integer(threshold))
                  .join(", ") || "—"}
              </td>
            ) : null}
            <td>{row.clusterType === "traded" ? t("traded") : t("local")}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
