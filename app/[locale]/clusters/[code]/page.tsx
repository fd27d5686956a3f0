import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import type { Locale } from "@/i18n/routing";
import { ClusterIndustries } from "@/components/clusters/cluster-industries";
import { ClusterObservationsTable } from "@/components/clusters/cluster-observations-table";
import { ClusterRegionChart } from "@/components/clusters/cluster-region-chart";
import { Subclusters } from "@/components/clusters/subclusters";
import { TrendCards } from "@/components/overview/trend-cards";
import { Notice } from "@/components/ui/notice";
import { localName } from "@/lib/format";
import { TopMetros } from "@/components/clusters/top-metros";
import { loadTopMetros, topMetroMinJobs } from "@/lib/top-metros-data";
import { getCluster, getClusterIndustryEmployment, getClusterObservations, getMexicanClusterEvidence } from "@/lib/queries/cluster-detail";
import { DataAsOf } from "@/components/ui/data-as-of";
import { formatters } from "@/lib/format";
import { getEmploymentSeries } from "@/lib/queries/trends";

const parseCode = (code: string) => (/^\d{1,3}$/.test(code) ? Number(code) : null);

// Shared by generateMetadata and the page: one query.
const loadCluster = cache(async (code: string) => {
  const number = parseCode(code);
  return number === null ? null : getCluster(number);
});

export async function generateMetadata({ params }: { params: Promise<{ locale: string; code: string }> }): Promise<Metadata> {
  const { locale, code } = await params;
  const cluster = await loadCluster(code);
  return { title: cluster ? localName(locale as Locale, cluster) : code };
}

const trendRegions = ["us-side", "06073", "06025"];

export default async function ClusterPage({ params }: { params: Promise<{ locale: string; code: string }> }) {
  const { locale, code } = (await params) as { locale: Locale; code: string };
  setRequestLocale(locale);
  const cluster = await loadCluster(code);
  if (!cluster) notFound();
  const t = await getTranslations("cluster");
  const format = formatters(locale);
  const [observations, industries, series, mexico, topMetros] = await Promise.all([
    getClusterObservations(cluster.code),
    getClusterIndustryEmployment(cluster.code),
    getEmploymentSeries(trendRegions, [cluster.code]),
    getMexicanClusterEvidence(cluster.code),
    loadTopMetros(cluster.code),
  ]);
  const regionName = (regionCode: string) => {
    const region = observations.find((row) => row.regionCode === regionCode)?.region;
    return region ? localName(locale, region) : regionCode;
  };
  const latest = (rows: typeof observations) => rows.reduce<(typeof observations)[number] | null>((best, row) => (!best || row.year > best.year ? row : best), null);
  const latestEmployment = latest(observations.filter((row) => row.employment !== null));
  const latestLq = latest(observations.filter((row) => row.locationQuotient !== null));
  const largePlants = mexico.establishments.reduce((sum, row) => sum + row.count, 0);
  const trendItems = series.map((entry) => ({ key: entry.regionCode, title: regionName(entry.regionCode), href: `/regions/${entry.regionCode}`, points: entry.points }));
  const trendSources = [...new Set(series.flatMap((entry) => entry.points.map((point) => point.sourceTitle)))];
  return (
    <>
      <div className="page-heading">
        <div>
          <p className="muted">
            {cluster.type === "traded" ? t("typeTraded") : t("typeLocal")} · {cluster.code}
          </p>
          <h1>{localName(locale, cluster)}</h1>
          {locale === "es" ? <p className="muted" lang="en">{cluster.nameEn}</p> : null}
          <DataAsOf
            items={[
              ...(latestEmployment ? [{ measure: "employment" as const, year: latestEmployment.year, source: latestEmployment.source.title.split(":")[0]!, pandemic: latestEmployment.pandemicFlag }] : []),
              ...(latestLq ? [{ measure: "lq" as const, year: latestLq.year, source: latestLq.source.title.split(":")[0]! }] : []),
            ]}
          />
        </div>
      </div>
      <ClusterRegionChart observations={observations} clusterCode={cluster.code} />
      {topMetros ? (
        <TopMetros clusterCode={cluster.code} clusterLabel={localName(locale, cluster)} year={topMetros.year} byEmployment={topMetros.byEmployment} byLq={topMetros.byLq} source={topMetros.source} minJobs={topMetroMinJobs} />
      ) : null}
      <TrendCards heading={t("trend")} items={trendItems} coverage={trendSources.join("; ")} />
      <ClusterObservationsTable observations={observations} clusterCode={cluster.code} />
      {mexico.figures === 0 ? (
        <Notice testId="mexico-note">
          {largePlants > 0 ? t("mexicoLargePlants", { count: largePlants, band: mexico.establishments[0]!.sizeBand, countText: format.integer(largePlants) }) : t("mexicoNone")}
        </Notice>
      ) : null}
      <div className="two-columns">
        <Subclusters cluster={cluster} />
        <ClusterIndustries rows={industries} clusterCode={cluster.code} />
      </div>
    </>
  );
}
