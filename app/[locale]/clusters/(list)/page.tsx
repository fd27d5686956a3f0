import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { Link } from "@/i18n/navigation";
import { ClustersTable } from "@/components/clusters/clusters-table";
import { FilterBar } from "@/components/ui/filter-bar";
import { Notice } from "@/components/ui/notice";
import { describeRankingCoverage } from "@/lib/coverage-line";
import { clustersDefaults, clustersShape, dashboardRegionCodes } from "@/lib/filters";
import { getClusterRanking } from "@/lib/queries/cluster-ranking";
import { getClusterYears, getRegions } from "@/lib/queries/regions";
import { parseSearchParams, resolveYear, type RawSearchParams } from "@/lib/search-params";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "clusters" });
  return { title: t("heading") };
}

export default async function ClustersPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<RawSearchParams> }) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const t = await getTranslations("clusters");
  const tf = await getTranslations("filters");
  const to = await getTranslations("overview");
  const { values, invalid } = parseSearchParams(clustersShape, clustersDefaults, await searchParams);
  const notices = invalid.length ? [tf("invalid", { params: invalid.map((param) => `${param.name}=${param.value}`).join(", ") })] : [];
  const regions = (await getRegions()).filter((region) => dashboardRegionCodes.includes(region.code));
  const region = regions.find((entry) => entry.code === values.region)!;
  const regionName = locale === "es" ? region.nameEs : region.nameEn;
  const years = await getClusterYears(values.region);
  const { year, fellBack } = resolveYear(years, values.year, clustersDefaults.year);
  if (fellBack) notices.push(tf("noDataYear", { region: regionName, year: values.year, fallback: year }));
  const rows = await getClusterRanking({ region: values.region, year, type: values.type });
  const coverage = await describeRankingCoverage(rows, regionName, year);
  return (
    <>
      <div className="page-heading">
        <div>
          <h1>{t("heading")}</h1>
          <p className="muted">{t("intro", { count: rows.length, region: regionName, year })}</p>
        </div>
        <FilterBar
          fields={[
            { name: "region", label: tf("region"), value: values.region, options: regions.map((entry) => ({ value: entry.code, label: locale === "es" ? entry.nameEs : entry.nameEn })) },
            { name: "year", label: tf("year"), value: String(year), options: (years.length ? years : [year]).map((option) => ({ value: String(option), label: String(option) })) },
            { name: "type", label: tf("type"), value: values.type, options: [{ value: "all", label: tf("typeAll") }, { value: "traded", label: tf("typeTraded") }, { value: "local", label: tf("typeLocal") }] },
          ]}
        />
      </div>
      {notices.map((notice) => (
        <Notice key={notice} tone="warning" testId="filter-notice">{notice}</Notice>
      ))}
      {rows.length === 0 ? (
        <Notice testId="no-data">
          {to("noMexicoData", { region: regionName })} <Link href="/methodology#import">{to("importHint")}</Link>
        </Notice>
      ) : (
        <ClustersTable rows={rows} filters={{ ...values, year }} />
      )}
      <p className="coverage-line">{coverage.lq}</p>
      {coverage.notes.map((note) => (
        <p className="coverage-line" key={note}>{note}</p>
      ))}
    </>
  );
}
