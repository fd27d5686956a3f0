import { Suspense } from "react";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import type { Locale } from "@/i18n/routing";
import { Link } from "@/i18n/navigation";
import { MegaregionPage } from "@/components/binational/megaregion-page";
import { FilterBar } from "@/components/ui/filter-bar";
import { Notice } from "@/components/ui/notice";
import { localName } from "@/lib/format";
import { dashboardRegionCodes, overviewFilters } from "@/lib/filters";
import { getDashboardRegions } from "@/lib/queries/regions";
import { resolvePageFilters } from "@/lib/page-filters";
import type { RawSearchParams } from "@/lib/search-params";
import { resolveViewYears } from "@/lib/view-years";
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
  const tf = await getTranslations("filters");
  const { values, notices } = await resolvePageFilters(overviewFilters, await searchParams);
  const regions = await getDashboardRegions(dashboardRegionCodes);
  const region = regions.find((entry) => entry.code === values.region);
  if (!region) notFound();
  const regionName = localName(locale, region);
  const { year, lqYear, years, missingYear } = await resolveViewYears(region.code, values.year);
  if (missingYear !== null && year !== null)
    notices.push(tf("noDataYear", { region: regionName, year: missingYear, fallback: year }));

  const filterBar = (
    <FilterBar
      fields={[
        {
          name: "region",
          label: tf("region"),
          value: region.code,
          options: regions.map((entry) => ({ value: entry.code, label: localName(locale, entry) })),
        },
        ...(year !== null
          ? [
              {
                name: "year",
                label: tf("year"),
                value: String(year),
                options: years.map((option) => ({ value: String(option), label: String(option) })),
              },
            ]
          : []),
        {
          name: "type",
          label: tf("type"),
          value: values.type,
          options: [
            { value: "all", label: tf("typeAll") },
            { value: "traded", label: tf("typeTraded") },
            { value: "local", label: tf("typeLocal") },
          ],
        },
      ]}
    />
  );

  if (region.kind === "megaregion") {
    // The mega-region has no cluster figures of its own (its sides count different measures): show both sides.
    return (
      <>
        <div className="page-heading">
          <h1>{t("heading", { region: regionName })}</h1>
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
          <h1>{t("heading", { region: regionName })}</h1>
          {filterBar}
        </div>
        {notices.map((notice) => (
          <Notice key={notice} tone="warning" testId="filter-notice">
            {notice}
          </Notice>
        ))}
        <Notice testId="no-data">
          {t("noMexicoData", { region: regionName })}{" "}
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
          <h1>{t("heading", { region: regionName })}</h1>
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
