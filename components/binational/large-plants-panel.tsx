"use client";

import type { ReactNode } from "react";

import { useLocale, useTranslations } from "next-intl";
import { ChartFrame } from "@/components/charts/chart-frame";
import { RankedBarChart } from "@/components/charts/ranked-bar-chart";
import { DownloadCsvLink } from "@/components/ui/download-link";
import type { Locale } from "@/i18n/routing";
import { Link } from "@/i18n/navigation";
import { plantBars } from "@/lib/charts/binational";
import { exportHref } from "@/lib/export/href";
import { localName, localNote, formatters } from "@/lib/format";
import type { PlantCount } from "@/lib/queries/binational";

/**
 * Large establishments (DENUE) by cluster for the Mexican side or one municipio; activities whose
 * SCIAN→NAICS block spans clusters are counted apart, by activity, with the reason.
 */
export function LargePlantsPanel({
  regionCode,
  regionName,
  byCluster,
  unmapped,
  total,
  sizeBands,
  coverage,
  controls,
}: {
  regionCode: string;
  regionName: string;
  byCluster: PlantCount[];
  unmapped: PlantCount[];
  total: number;
  sizeBands: string[];
  coverage: string;
  controls?: ReactNode;
}) {
  const locale = useLocale() as Locale;
  const t = useTranslations("binational");
  const tt = useTranslations("table");
  const format = formatters(locale);
  const mapped = byCluster.reduce((sum, row) => sum + row.count, 0);
  const band = sizeBands.join(", ");
  return (
    <ChartFrame
      id={`large-plants-${regionCode}`}
      title={t("plantsTitle", { region: regionName })}
      subtitle={t("plantsSubtitle", { band, total: format.integer(total), mapped: format.integer(mapped) })}
      coverage={coverage}
      notes={[t("plantsNotJobs", { band })]}
      controls={controls}
      summary={
        byCluster.length
          ? t("plantsSummary", {
              first: localName(locale, { nameEn: byCluster[0]!.nameEn!, nameEs: byCluster[0]!.nameEs! }),
              count: byCluster[0]!.count,
              total,
            })
          : t("plantsNone")
      }
      actions={
        <DownloadCsvLink
          href={exportHref("large-plants", { code: regionCode }, locale)}
          testId={`large-plants-csv-${regionCode}`}
        />
      }
      imageName={`calibaja-large-plants-by-cluster-${regionCode}`}
      deckItem={{ kind: "plants", params: { code: regionCode } }}
      table={
        <table className="data-table" data-testid={`large-plants-table-${regionCode}`}>
          <thead>
            <tr>
              <th scope="col">{tt("cluster")}</th>
              <th scope="col" className="num">
                {t("plantsColumn")}
              </th>
            </tr>
          </thead>
          <tbody>
            {byCluster.map((row) => (
              <tr key={row.clusterCode} data-cluster-code={row.clusterCode}>
                <th scope="row">
                  <Link href={`/clusters/${row.clusterCode}`}>
                    {localName(locale, { nameEn: row.nameEn!, nameEs: row.nameEs! })}
                  </Link>
                </th>
                <td className="num" data-value={row.count}>
                  {format.integer(row.count)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
      footer={
        unmapped.length > 0 ? (
          <details className="left-out" data-testid={`large-plants-unmapped-${regionCode}`}>
            <summary>{t("plantsUnmapped", { count: total - mapped })}</summary>
            <ul>
              {unmapped.map((row) => (
                <li key={row.scianCode}>
                  <code>{row.scianCode}</code> {row.activity}: {format.integer(row.count)}{" "}
                  <span className="muted">({localNote(locale, row.reason, row.reasonEs)})</span>
                </li>
              ))}
            </ul>
          </details>
        ) : null
      }
    >
      {byCluster.length ? (
        <RankedBarChart axisLabel={t("plantsAxis")} bars={plantBars(byCluster, locale)} references={[]} />
      ) : (
        <p className="notice">{t("plantsNone")}</p>
      )}
    </ChartFrame>
  );
}
