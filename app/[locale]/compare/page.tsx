import type { Metadata } from "next";
import { pageMetadata } from "@/lib/page-metadata";
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { CompareExplorer } from "@/components/compare/compare-explorer";
import { Notice } from "@/components/ui/notice";
import { loadComparison } from "@/lib/compare-data";
import { comparisonQueryKey } from "@/lib/compare-query";
import { compareFilters, maxComparedRegions } from "@/lib/filters";
import { getPeerSets } from "@/lib/queries/compare";
import { makeQueryClient } from "@/lib/query-client";
import { resolvePageFilters } from "@/lib/page-filters";
import type { RawSearchParams } from "@/lib/search-params";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "compare" });
  return pageMetadata(t("heading"), locale);
}

/**
 * Regions side by side: the first view is rendered on the server from the URL and handed to the
 * client island through React Query's cache, so it paints at once and then changes without a reload.
 * The picker's region list (about a thousand names) is fetched by the browser, not inlined in the HTML.
 */
export default async function ComparePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<RawSearchParams>;
}) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const t = await getTranslations("compare");
  const raw = await searchParams;
  const { values, notices: filterNotices } = await resolvePageFilters(compareFilters, raw);
  const askedCodes = typeof raw.r === "string" ? raw.r.split(",").filter((code) => code.trim() !== "").length : 0;
  const [data, sets] = await Promise.all([loadComparison(values), getPeerSets()]);
  const notices = [
    ...filterNotices,
    ...(askedCodes > maxComparedRegions ? [t("tooMany", { max: maxComparedRegions })] : []),
    ...(data.unknownCodes.length ? [t("unknownCodes", { codes: data.unknownCodes.join(", ") })] : []),
    ...(data.unknownSet ? [t("unknownSet", { set: data.unknownSet })] : []),
  ];
  const queryClient = makeQueryClient();
  queryClient.setQueryData(comparisonQueryKey(values.r, values.set), data);

  return (
    <>
      <Breadcrumbs section="compare" />
      <div className="page-heading">
        <div>
          <h1>{t("heading")}</h1>
          <p className="lede">{t("lede")}</p>
        </div>
      </div>
      {notices.map((notice) => (
        <Notice key={notice} tone="warning" testId="filter-notice">
          {notice}
        </Notice>
      ))}
      <HydrationBoundary state={dehydrate(queryClient)}>
        <CompareExplorer sets={sets} filters={values} />
      </HydrationBoundary>
    </>
  );
}
