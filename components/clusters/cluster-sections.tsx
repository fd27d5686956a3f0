import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { ClusterIndustries } from "@/components/clusters/cluster-industries";
import { ClusterObservationsTable } from "@/components/clusters/cluster-observations-table";
import { ClusterRegionChart } from "@/components/clusters/cluster-region-chart";
import { latestLqByRegion } from "@/lib/calculations/latest-lq";
import { TopMetros } from "@/components/clusters/top-metros";
import { TrendCards } from "@/components/overview/trend-cards";
import { DataAsOf } from "@/components/ui/data-as-of";
import { Notice } from "@/components/ui/notice";
import { formatters, localName } from "@/lib/format";
import {
  getClusterIndustryEmployment,
  getClusterObservations,
  getMexicanClusterEvidence,
  type ClusterObservationView,
} from "@/lib/queries/cluster-detail";
import { getEmploymentSeries } from "@/lib/queries/trends";
import { loadTopMetros, topMetroMinJobs } from "@/lib/top-metros-data";

/**
 * The cluster page's sections, each an async server component in its own Suspense boundary on the
 * page. The observations query is cached per request (getClusterObservations), so the sections that
 * read it share one query.
 */
type ClusterRef = { code: number; nameEn: string; nameEs: string };

const latestOf = (rows: ClusterObservationView[]) =>
  rows.reduce<ClusterObservationView | null>((best, row) => (!best || row.year > best.year ? row : best), null);

export async function ClusterDataAsOf({ clusterCode }: { clusterCode: number }) {
  const observations = await getClusterObservations(clusterCode);
  const employment = latestOf(observations.filter((row) => row.employment !== null));
  const lq = latestOf(observations.filter((row) => row.locationQuotient !== null));
  return (
    <DataAsOf
      items={[
        ...(employment
          ? [
              {
                measure: "employment" as const,
                year: employment.year,
                source: employment.source.title.split(":")[0]!,
                pandemic: employment.pandemicFlag,
              },
            ]
          : []),
        ...(lq ? [{ measure: "lq" as const, year: lq.year, source: lq.source.title.split(":")[0]! }] : []),
      ]}
    />
  );
}

export async function ClusterRegionSection({ clusterCode }: { clusterCode: number }) {
  // Only the chart's year goes to the browser: every year's rows (twenty years of every region at
  // national scale) would be most of the page's weight for a chart of one year.
  const { year, rows } = latestLqByRegion(await getClusterObservations(clusterCode));
  if (year === null) return null;
  return <ClusterRegionChart year={year} rows={rows} clusterCode={clusterCode} />;
}

export async function TopMetrosSection({ cluster }: { cluster: ClusterRef }) {
  const locale = (await getLocale()) as Locale;
  const topMetros = await loadTopMetros(cluster.code);
  if (!topMetros) return null;
  return (
    <TopMetros
      clusterCode={cluster.code}
      clusterLabel={localName(locale, cluster)}
      year={topMetros.year}
      byEmployment={topMetros.byEmployment}
      byLq={topMetros.byLq}
      source={topMetros.source}
      minJobs={topMetroMinJobs}
    />
  );
}

/** The regions whose series the cluster page follows: the U.S. side and its two counties. */
const trendRegions = ["us-side", "06073", "06025"];

export async function ClusterTrendsSection({ clusterCode }: { clusterCode: number }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("cluster");
  const [observations, series] = await Promise.all([
    getClusterObservations(clusterCode),
    getEmploymentSeries(trendRegions, [clusterCode]),
  ]);
  const regionName = (regionCode: string) => {
    const region = observations.find((row) => row.regionCode === regionCode)?.region;
    return region ? localName(locale, region) : regionCode;
  };
  const items = series.map((entry) => ({
    key: entry.regionCode,
    title: regionName(entry.regionCode),
    href: `/regions/${entry.regionCode}`,
    points: entry.points,
  }));
  const sources = [...new Set(series.flatMap((entry) => entry.points.map((point) => point.sourceTitle)))];
  return <TrendCards heading={t("trend")} items={items} coverage={sources.join("; ")} />;
}

export async function ClusterObservationsSection({
  clusterCode,
  everyYear,
}: {
  clusterCode: number;
  everyYear: boolean;
}) {
  return (
    <ClusterObservationsTable
      observations={await getClusterObservations(clusterCode)}
      clusterCode={clusterCode}
      everyYear={everyYear}
    />
  );
}

/** Where Mexico has no cluster figures, what it does have: the count of large plants in the cluster's activities. */
export async function MexicoNoteSection({ clusterCode }: { clusterCode: number }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("cluster");
  const mexico = await getMexicanClusterEvidence(clusterCode);
  if (mexico.figures !== 0) return null;
  const largePlants = mexico.establishments.reduce((sum, row) => sum + row.count, 0);
  return (
    <Notice testId="mexico-note">
      {largePlants > 0
        ? t("mexicoLargePlants", {
            count: largePlants,
            band: mexico.establishments[0]!.sizeBand,
            countText: formatters(locale).integer(largePlants),
          })
        : t("mexicoNone")}
    </Notice>
  );
}

export async function ClusterIndustriesSection({ clusterCode }: { clusterCode: number }) {
  return <ClusterIndustries rows={await getClusterIndustryEmployment(clusterCode)} clusterCode={clusterCode} />;
}
