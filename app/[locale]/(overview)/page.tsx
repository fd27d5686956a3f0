import { Suspense } from "react";
import { sentenceName } from "@/lib/sentence-name";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import type { Locale } from "@/i18n/routing";
import { Link } from "@/i18n/navigation";
import { MegaregionPage } from "@/components/binational/megaregion-page";
import { Notice } from "@/components/ui/notice";
import { localName } from "@/lib/format";
import { dashboardRegionCodes, overviewFilters } from "@/lib/filters";
import { getDashboardRegions } from "@/lib/queries/regions";
import { resolvePageFilters, resolvePageYears } from "@/lib/page-filters";
import type { RawSearchParams } from "@/lib/search-params";
import { RegionYearTypeFilterBar } from "@/components/ui/view-filter-bar";
import {
  HeadlineFactsSection,
  OverviewDataAsOf,
  OverviewStats,
  RankingSection,
  TopIndustriesSection,
  TrendsSection,
  type OverviewView,
} from "@/components/overview/overview-sections";
import { SectionSkeleton } from "@/components/ui/section-skeleton";

export default async function OverviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<RawSearchParams>;
}) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const t = await getTranslations("overview");
  const { values, notices } = await resolvePageFilters(overviewFilters, await searchParams);
  const regions = await getDashboardRegions(dashboardRegionCodes);
  const region = regions.find((entry) => entry.code === values.region);
  if (!region) notFound();
  const regionName = localName(locale, region);
  const {
    year,
    lqYear,
    years,
    notices: yearNotices,
  } = await resolvePageYears(region.code, sentenceName(locale, region, { start: true }), values.year);
  notices.push(...yearNotices);

  const filterBar = (
    <RegionYearTypeFilterBar regions={regions} region={region.code} year={year} years={years} type={values.type} />
  );

  if (region.kind === "megaregion") {
    // The mega-region has no cluster figures of its own (its sides count different measures): show both sides.
    return (
      <>
        <div className="page-heading">
          <h1>{t("heading", { region: sentenceName(locale, region) })}</h1>
          {filterBar}
        </div>
        <MegaregionPage params={{ mfg: null, plants: "mx-side", map: "plants" }} summaryOnly />
        <Suspense fallback={<SectionSkeleton shape="table" />}>
          <TopIndustriesSection />
        </Suspense>
      </>
    );
  }

  if (year === null) {
    return (
      <>
        <div className="page-heading">
          <h1>{t("heading", { region: sentenceName(locale, region) })}</h1>
          {filterBar}
        </div>
        {notices.map((notice) => (
          <Notice key={notice} tone="warning" testId="filter-notice">
            {notice}
          </Notice>
        ))}
        <Notice testId="no-data">
          {t("noMexicoData", { region: sentenceName(locale, region) })}{" "}
          <Link href={`/regions/${region.code}`}>{t("regionPageHint", { region: regionName })}</Link>
        </Notice>
        <Suspense fallback={<SectionSkeleton shape="cards" />}>
          <HeadlineFactsSection />
        </Suspense>
        <Suspense fallback={<SectionSkeleton shape="table" />}>
          <TopIndustriesSection />
        </Suspense>
      </>
    );
  }

  const view: OverviewView = { ...values, year, lqYear };
  return (
    <>
      <div className="page-heading">
        <div>
          <h1>{t("heading", { region: sentenceName(locale, region) })}</h1>
          <Suspense fallback={null}>
            <OverviewDataAsOf view={view} />
          </Suspense>
        </div>
        {filterBar}
      </div>
      {notices.map((notice) => (
        <Notice key={notice} tone="warning" testId="filter-notice">
          {notice}
        </Notice>
      ))}
      <Suspense fallback={<SectionSkeleton shape="cards" cards={5} />}>
        <OverviewStats view={view} regionName={regionName} />
      </Suspense>
      <Suspense fallback={<SectionSkeleton shape="cards" />}>
        <HeadlineFactsSection />
      </Suspense>
      <Suspense fallback={<SectionSkeleton shape="chart" />}>
        <RankingSection view={view} regionName={regionName} />
      </Suspense>
      <Suspense fallback={<SectionSkeleton shape="cards" cards={6} />}>
        <TrendsSection view={view} regionName={regionName} />
      </Suspense>
      <Suspense fallback={<SectionSkeleton shape="table" />}>
        <TopIndustriesSection />
      </Suspense>
    </>
  );
}
