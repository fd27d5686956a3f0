import type { Metadata } from "next";
import { pageMetadata } from "@/lib/page-metadata";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { cache, Suspense } from "react";
import type { Locale } from "@/i18n/routing";
import {
  ClusterDataAsOf,
  ClusterIndustriesSection,
  ClusterObservationsSection,
  ClusterRegionSection,
  ClusterTrendsSection,
  MexicoNoteSection,
  TopMetrosSection,
} from "@/components/clusters/cluster-sections";
import { Subclusters } from "@/components/clusters/subclusters";
import { SectionSkeleton } from "@/components/ui/section-skeleton";
import { Notice } from "@/components/ui/notice";
import { clusterPageFilters } from "@/lib/filters";
import { resolvePageFilters } from "@/lib/page-filters";
import type { RawSearchParams } from "@/lib/search-params";
import { localName } from "@/lib/format";
import { getCluster } from "@/lib/queries/cluster-detail";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";

const parseCode = (code: string) => (/^\d{1,3}$/.test(code) ? Number(code) : null);

// Shared by generateMetadata and the page: one query.
const loadCluster = cache(async (code: string) => {
  const number = parseCode(code);
  return number === null ? null : getCluster(number);
});

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string; code: string }>;
}): Promise<Metadata> {
  const { locale, code } = await params;
  const cluster = await loadCluster(code);
  return pageMetadata(cluster ? localName(locale as Locale, cluster) : code, locale);
}

export default async function ClusterPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; code: string }>;
  searchParams: Promise<RawSearchParams>;
}) {
  const { locale, code } = (await params) as { locale: Locale; code: string };
  setRequestLocale(locale);
  const cluster = await loadCluster(code);
  if (!cluster) notFound();
  const t = await getTranslations("cluster");
  const { values, notices } = await resolvePageFilters(clusterPageFilters, await searchParams);
  return (
    <>
      <Breadcrumbs section="clusters" current={localName(locale, cluster)} />
      <div className="page-heading">
        <div>
          <p className="muted">
            {cluster.type === "traded" ? t("typeTraded") : t("typeLocal")} · {cluster.code}
          </p>
          <h1>{localName(locale, cluster)}</h1>
          {locale === "es" ? (
            <p className="muted" lang="en">
              {cluster.nameEn}
            </p>
          ) : null}
          <Suspense fallback={null}>
            <ClusterDataAsOf clusterCode={cluster.code} />
          </Suspense>
        </div>
      </div>
      {notices.map((notice) => (
        <Notice key={notice} tone="warning" testId="filter-notice">
          {notice}
        </Notice>
      ))}
      <Suspense fallback={<SectionSkeleton shape="chart" />}>
        <ClusterRegionSection clusterCode={cluster.code} />
      </Suspense>
      <Suspense fallback={<SectionSkeleton shape="chart" />}>
        <TopMetrosSection cluster={cluster} />
      </Suspense>
      <Suspense fallback={<SectionSkeleton shape="cards" cards={3} />}>
        <ClusterTrendsSection clusterCode={cluster.code} />
      </Suspense>
      <Suspense fallback={<SectionSkeleton shape="table" />}>
        <ClusterObservationsSection clusterCode={cluster.code} everyYear={values.figures === "all"} />
      </Suspense>
      <Suspense fallback={null}>
        <MexicoNoteSection clusterCode={cluster.code} />
      </Suspense>
      <div className="two-columns">
        <Subclusters cluster={cluster} />
        <Suspense fallback={<SectionSkeleton shape="table" />}>
          <ClusterIndustriesSection clusterCode={cluster.code} />
        </Suspense>
      </div>
    </>
  );
}
