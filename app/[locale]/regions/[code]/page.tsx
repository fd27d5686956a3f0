import type { Metadata } from "next";
import { sentenceName } from "@/lib/sentence-name";
import { pageMetadata } from "@/lib/page-metadata";
import { Suspense } from "react";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import type { Locale } from "@/i18n/routing";
import { Link } from "@/i18n/navigation";
import { Notice } from "@/components/ui/notice";
import { aggregateMembers } from "@/lib/dataset/regions";
import { caliBajaMetroCodes, highlightedRegionCodes } from "@/lib/calculations/compare";
import { localName, localNamesByCode } from "@/lib/format";
import { MexicanRegionSections } from "@/components/regions/mexican-region-sections";
import { megaregionFilters, regionFilters } from "@/lib/filters";
import { MegaregionPage } from "@/components/binational/megaregion-page";
import { getRegion } from "@/lib/queries/regions";
import { resolvePageFilters, resolvePageYears } from "@/lib/page-filters";
import type { RawSearchParams } from "@/lib/search-params";
import {
  CoverageAndFactsSection,
  PortfolioSection,
  RegionDataAsOf,
  RegionFilterBar,
  TopClustersSection,
  type RegionView,
} from "@/components/regions/region-sections";
import { SectionSkeleton } from "@/components/ui/section-skeleton";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string; code: string }>;
}): Promise<Metadata> {
  const { locale, code } = await params;
  const region = await getRegion(code);
  return pageMetadata(region ? localName(locale as Locale, region) : code, locale);
}

export default async function RegionPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; code: string }>;
  searchParams: Promise<RawSearchParams>;
}) {
  const { locale, code } = (await params) as { locale: Locale; code: string };
  setRequestLocale(locale);
  const region = await getRegion(code);
  if (!region) notFound();
  const t = await getTranslations("region");
  const name = (entry: { nameEn: string; nameEs: string }) => localName(locale, entry);
  const raw = await searchParams;
  if (region.kind === "megaregion") {
    const { values: megaregion, notices: megaregionNotices } = await resolvePageFilters(megaregionFilters, raw);
    return (
      <>
        <Breadcrumbs section="regions" current={name(region)} />
        <div className="page-heading">
          <div>
            <p className="muted">{t(`kind.${region.kind}`)}</p>
            <h1>{name(region)}</h1>
            <p>
              {t("members")}:{" "}
              {region.children.map((child, index) => (
                <span key={child.code}>
                  {index > 0 ? ", " : ""}
                  <Link href={`/regions/${child.code}`}>{name(child)}</Link>
                </span>
              ))}
            </p>
          </div>
        </div>
        {megaregionNotices.map((notice) => (
          <Notice key={notice} tone="warning" testId="filter-notice">
            {notice}
          </Notice>
        ))}
        <MegaregionPage params={megaregion} />
      </>
    );
  }
  const { values, notices } = await resolvePageFilters(regionFilters, raw);
  const {
    year,
    lqYear,
    years,
    notices: yearNotices,
  } = await resolvePageYears(code, sentenceName(locale, region, { start: true }), values.year);
  notices.push(...yearNotices);
  // A side of the border and a Mexican state are made of their members; a U.S. state's metro areas are
  // not "included" in it (they overlap, and leave rural counties out).
  const members = aggregateMembers[code] || (region.kind === "state" && region.country === "MX") ? region.children : [];
  const view: RegionView = {
    code,
    name: name(region),
    country: region.country,
    kind: region.kind,
    memberCodes: [code, ...members.map((child) => child.code)],
    regionNames: localNamesByCode(locale, [region, ...members]),
    year,
    years,
    lqYear,
    y: values.y,
    min: values.min,
  };

  return (
    <>
      <Breadcrumbs section="regions" current={name(region)} />
      <div className="page-heading">
        <div>
          <p className="muted">
            {t(`kind.${region.kind}`)}
            {region.parent ? (
              <>
                {" · "}
                {t("partOf")} <Link href={`/regions/${region.parent.code}`}>{name(region.parent)}</Link>
              </>
            ) : null}
          </p>
          <h1>{name(region)}</h1>
          {members.length > 0 ? (
            <p>
              {t("members")}:{" "}
              {members.map((child, index) => (
                <span key={child.code}>
                  {index > 0 ? ", " : ""}
                  <Link href={`/regions/${child.code}`}>{name(child)}</Link>
                </span>
              ))}
            </p>
          ) : null}
          <Suspense fallback={null}>
            <RegionDataAsOf view={view} />
          </Suspense>
          {lqYear !== null && region.country === "US" ? (
            <p>
              {/* The counties are their metros (San Diego–Carlsbad is San Diego County, El Centro is Imperial): show them among the border metros. */}
              {highlightedRegionCodes.has(code) ? (
                <Link href="/compare?set=border&view=heatmap" data-testid="compare-link">
                  {t("compareBorderLink")}
                </Link>
              ) : (
                <Link
                  href={`/compare?r=${[...new Set([code, ...caliBajaMetroCodes])].join(",")}&view=heatmap`}
                  data-testid="compare-link"
                >
                  {t("compareLink", { region: sentenceName(locale, region) })}
                </Link>
              )}
            </p>
          ) : null}
        </div>
        <Suspense fallback={null}>
          <RegionFilterBar view={view} />
        </Suspense>
      </div>
      {notices.map((notice) => (
        <Notice key={notice} tone="warning" testId="filter-notice">
          {notice}
        </Notice>
      ))}
      <Suspense fallback={<SectionSkeleton shape="chart" />}>
        <PortfolioSection view={view} />
      </Suspense>
      <Suspense fallback={<SectionSkeleton shape="table" />}>
        <TopClustersSection view={view} />
      </Suspense>
      <Suspense fallback={<SectionSkeleton shape="table" />}>
        <CoverageAndFactsSection view={view} />
      </Suspense>
      {region.country === "MX" ? (
        <Suspense fallback={<SectionSkeleton shape="chart" />}>
          <MexicanRegionSections view={view} />
        </Suspense>
      ) : null}
    </>
  );
}
