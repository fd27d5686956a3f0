import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import type { Locale } from "@/i18n/routing";
import { Link } from "@/i18n/navigation";
import { RankingTable } from "@/components/overview/ranking-table";
import { PublishedFactsList } from "@/components/regions/published-facts-list";
import { CensusSectors } from "@/components/regions/census-sectors";
import { InsuredEmployment } from "@/components/regions/insured-employment";
import { PortfolioPanel } from "@/components/regions/portfolio-panel";
import { CoverageList } from "@/components/regions/coverage-list";
import { FilterBar } from "@/components/ui/filter-bar";
import { Notice } from "@/components/ui/notice";
import { rankBy } from "@/lib/calculations/ranking";
import { describeRankingCoverage } from "@/lib/coverage-line";
import { regionDefaults, regionShape } from "@/lib/filters";
import { getRegionPortfolio } from "@/lib/queries/portfolio";
import { getRegionFacts } from "@/lib/queries/facts";
import { getCensusSectorEmployment, getMexicoSectorEmployment } from "@/lib/queries/national-context";
import { getInsuredEmployment } from "@/lib/queries/insured";
import { getClusterYears, getCoverage, getRegion } from "@/lib/queries/regions";
import { parseSearchParams, resolveYear, type RawSearchParams } from "@/lib/search-params";
import { exportHref } from "@/lib/export/href";

export async function generateMetadata({ params }: { params: Promise<{ locale: string; code: string }> }): Promise<Metadata> {
  const { locale, code } = await params;
  const region = await getRegion(code);
  return { title: region ? (locale === "es" ? region.nameEs : region.nameEn) : code };
}

export default async function RegionPage({ params, searchParams }: { params: Promise<{ locale: string; code: string }>; searchParams: Promise<RawSearchParams> }) {
  const { locale, code } = (await params) as { locale: Locale; code: string };
  setRequestLocale(locale);
  const region = await getRegion(code);
  if (!region) notFound();
  const t = await getTranslations("region");
  const tf = await getTranslations("filters");
  const to = await getTranslations("overview");
  const name = (entry: { nameEn: string; nameEs: string }) => (locale === "es" ? entry.nameEs : entry.nameEn);
  const { values, invalid } = parseSearchParams(regionShape, regionDefaults, await searchParams);
  const notices = invalid.length ? [tf("invalid", { params: invalid.map((param) => `${param.name}=${param.value}`).join(", ") })] : [];
  const years = await getClusterYears(code);
  const { year, fellBack } = resolveYear(years, values.year, regionDefaults.year);
  if (fellBack) notices.push(tf("noDataYear", { region: name(region), year: values.year, fallback: year }));
  const memberCodes = [code, ...region.children.map((child) => child.code)];
  const [{ rows, points: portfolio, yKind, yRange, changeUnavailable }, facts, coverage] = await Promise.all([
    getRegionPortfolio(code, year, values.y),
    Promise.all(memberCodes.map((member) => getRegionFacts(member))).then((lists) => lists.flat()),
    getCoverage(memberCodes),
  ]);
  if (changeUnavailable) notices.push(t("changeUnavailable"));
  const isMexican = region.country === "MX";
  const [mexicoContext, ownSectors, insured] = isMexican
    ? await Promise.all([getMexicoSectorEmployment(), code === "MX" ? Promise.resolve([]) : getCensusSectorEmployment(code), getInsuredEmployment(code)])
    : [[], [], []];
  const hasLq = rows.some((row) => row.locationQuotient !== null);
  const coverageLine = await describeRankingCoverage(rows, name(region), year);

  return (
    <>
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
          {region.children.length > 0 ? (
            <p>
              {t("members")}:{" "}
              {region.children.map((child, index) => (
                <span key={child.code}>
                  {index > 0 ? ", " : ""}
                  <Link href={`/regions/${child.code}`}>{name(child)}</Link>
                </span>
              ))}
            </p>
          ) : null}
        </div>
        {years.length > 0 ? (
          <FilterBar
            fields={[
              { name: "year", label: tf("year"), value: String(year), options: years.map((option) => ({ value: String(option), label: String(option) })) },
              { name: "y", label: tf("yAxis"), value: yKind, options: [{ value: "wage", label: tf("yWage") }, { value: "change", label: tf("yChange") }] },
            ]}
          />
        ) : null}
      </div>
      {notices.map((notice) => (
        <Notice key={notice} tone="warning" testId="filter-notice">{notice}</Notice>
      ))}
      {rows.length === 0 && ownSectors.length === 0 && insured.length === 0 ? (
        <Notice testId="no-data">
          {to("noMexicoData", { region: name(region) })} <Link href="/methodology#import">{to("importHint")}</Link>
        </Notice>
      ) : null}
      {portfolio.length > 0 ? <PortfolioPanel regionCode={code} year={year} csvHref={exportHref("region-portfolio", { code, year, y: yKind }, locale)} rows={portfolio} yKind={yKind} yRange={yRange} coverage={coverageLine.lq} notes={coverageLine.notes} /> : null}
      {rows.length > 0 && portfolio.length === 0 ? <Notice>{to("noLq", { year })}</Notice> : null}
      {rows.length > 0 ? (
        <section className="panel" aria-labelledby="top-clusters-heading">
          <h2 id="top-clusters-heading">{t("topClusters")}</h2>
          <RankingTable rows={(hasLq ? rankBy(rows, "lq") : rankBy(rows, "employment")).slice(0, 10)} metric="lq" thresholds={[10_000, 20_000]} />
          <p className="coverage-line">{coverageLine.lq}</p>
        </section>
      ) : null}
      <div className="two-columns">
        <CoverageList regionCode={code} entries={coverage} regionNames={Object.fromEntries([region, ...region.children].map((entry) => [entry.code, name(entry)]))} />
        <PublishedFactsList facts={facts} regionCode={code} />
      </div>
      {(["permanent_workers", "insured_jobs"] as const).map((measure) => {
        const measured = insured.filter((row) => row.measure === measure);
        return measured.length > 0 ? <InsuredEmployment key={measure} rows={measured} regionCode={code} regionName={name(region)} /> : null;
      })}
      {ownSectors.length > 0 ? (
        <CensusSectors rows={ownSectors} regionCode={code} heading={t("censusSectors", { region: name(region) })} note={t("censusSectorsNote")} />
      ) : null}
      {isMexican && mexicoContext.length > 0 ? (
        <CensusSectors
          rows={mexicoContext}
          regionCode="MX"
          heading={code === "MX" ? t("censusSectors", { region: name(region) }) : t("mexicoContext")}
          note={code === "MX" || ownSectors.length > 0 ? t("censusSectorsNote") : t("mexicoContextNote")}
        />
      ) : null}
    </>
  );
}
