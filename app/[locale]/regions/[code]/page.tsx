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
import { DataAsOf, type DataYear } from "@/components/ui/data-as-of";
import { FilterBar } from "@/components/ui/filter-bar";
import { Notice } from "@/components/ui/notice";
import { concentrationRanking, rankBy } from "@/lib/calculations/ranking";
import { describeRankingCoverage } from "@/lib/coverage-line";
import { aggregateMembers } from "@/lib/dataset/regions";
import { caliBajaMetroCodes, highlightedRegionCodes } from "@/lib/calculations/compare";
import { formatters, localName } from "@/lib/format";
import { megaregionDefaults, megaregionShape, regionDefaults, regionShape } from "@/lib/filters";
import { MegaregionPage } from "@/components/binational/megaregion-page";
import { LargePlantsPanel } from "@/components/binational/large-plants-panel";
import { EstablishmentsList } from "@/components/binational/establishments-list";
import { loadLargePlants } from "@/lib/binational-data";
import { getEstablishments } from "@/lib/queries/binational";
import { getClusterRanking } from "@/lib/queries/cluster-ranking";
import { getRegionPortfolio } from "@/lib/queries/portfolio";
import { getRegionFacts } from "@/lib/queries/facts";
import { getCensusSectorEmployment, getMexicoSectorEmployment } from "@/lib/queries/national-context";
import { getInsuredEmployment } from "@/lib/queries/insured";
import { getCoverage, getRegion } from "@/lib/queries/regions";
import { parseSearchParams, type RawSearchParams } from "@/lib/search-params";
import { exportHref } from "@/lib/export/href";
import { resolveViewYears } from "@/lib/view-years";

export async function generateMetadata({ params }: { params: Promise<{ locale: string; code: string }> }): Promise<Metadata> {
  const { locale, code } = await params;
  const region = await getRegion(code);
  return { title: region ? localName(locale as Locale, region) : code };
}

export default async function RegionPage({ params, searchParams }: { params: Promise<{ locale: string; code: string }>; searchParams: Promise<RawSearchParams> }) {
  const { locale, code } = (await params) as { locale: Locale; code: string };
  setRequestLocale(locale);
  const region = await getRegion(code);
  if (!region) notFound();
  const t = await getTranslations("region");
  const tf = await getTranslations("filters");
  const to = await getTranslations("overview");
  const format = formatters(locale);
  const name = (entry: { nameEn: string; nameEs: string }) => localName(locale, entry);
  const raw = await searchParams;
  if (region.kind === "megaregion") {
    const { values: megaregion, invalid: bad } = parseSearchParams(megaregionShape, megaregionDefaults, raw);
    return (
      <>
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
        {bad.length ? <Notice tone="warning" testId="filter-notice">{tf("invalid", { params: bad.map((param) => `${param.name}=${param.value}`).join(", ") })}</Notice> : null}
        <MegaregionPage params={megaregion} />
      </>
    );
  }
  const { values, invalid } = parseSearchParams(regionShape, regionDefaults, raw);
  const notices = invalid.length ? [tf("invalid", { params: invalid.map((param) => `${param.name}=${param.value}`).join(", ") })] : [];
  const { year, lqYear, years, missingYear } = await resolveViewYears(code, values.year);
  if (missingYear !== null && year !== null) notices.push(tf("noDataYear", { region: name(region), year: missingYear, fallback: year }));
  // A side of the border and a Mexican state are made of their members; a U.S. state's metro areas are
  // not "included" in it (they overlap, and leave rural counties out).
  const members = aggregateMembers[code] || (region.kind === "state" && region.country === "MX") ? region.children : [];
  const memberCodes = [code, ...members.map((child) => child.code)];
  const [yearRows, portfolio, facts, coverage] = await Promise.all([
    year === null ? Promise.resolve([]) : getClusterRanking({ region: code, year, type: "all" }),
    lqYear === null ? Promise.resolve(null) : getRegionPortfolio(code, lqYear, values.y),
    Promise.all(memberCodes.map((member) => getRegionFacts(member))).then((lists) => lists.flat()),
    getCoverage(memberCodes),
  ]);
  if (portfolio?.changeUnavailable) notices.push(t("changeUnavailable"));
  const isMexican = region.country === "MX";
  const [mexicoContext, ownSectors, insured] = isMexican
    ? await Promise.all([getMexicoSectorEmployment(), code === "MX" ? Promise.resolve([]) : getCensusSectorEmployment(code), getInsuredEmployment(code)])
    : [[], [], []];
  const [plants, establishments] = isMexican && (region.kind === "municipio" || region.kind === "side") ? await Promise.all([loadLargePlants(code), region.kind === "municipio" ? getEstablishments(code) : Promise.resolve([])]) : [null, []];
  const lqRows = portfolio?.rows ?? [];
  const [lqCoverage, employmentCoverage] = await Promise.all([
    lqYear === null ? Promise.resolve(null) : describeRankingCoverage(lqRows, name(region), lqYear),
    year === null ? Promise.resolve(null) : describeRankingCoverage(yearRows, name(region), year),
  ]);
  const topByLq = concentrationRanking(lqRows, 10, values.min);
  const topByJobs = rankBy(yearRows, "employment").slice(0, 10);
  const benchmark = lqRows.find((row) => row.lqBenchmarkCode)?.lqBenchmarkCode === "MX" ? t("benchmarkMX") : t("benchmarkUS");
  const source = (rows: typeof yearRows) => [...new Set(rows.map((row) => row.sourceTitle.split(":")[0]!))].join("; ");
  const latestInsured = insured.reduce<{ year: number; month: number } | null>((latest, row) => (!latest || row.year * 12 + row.month > latest.year * 12 + latest.month ? row : latest), null);
  const dataYears: DataYear[] = [
    ...(year !== null ? [{ measure: "employment" as const, year, source: source(yearRows), pandemic: yearRows.some((row) => row.pandemicFlag) }] : []),
    ...(lqYear !== null ? [{ measure: "lq" as const, year: lqYear, source: source(lqRows) }] : []),
    ...(latestInsured ? [{ measure: "insured" as const, year: `${latestInsured.year}-${String(latestInsured.month).padStart(2, "0")}`, source: "IMSS", pandemic: latestInsured.year === 2020 || latestInsured.year === 2021 }] : []),
  ];

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
          <DataAsOf items={dataYears} />
          {lqYear !== null && region.country === "US" ? (
            <p>
              {/* The counties are their metros (San Diego–Carlsbad is San Diego County, El Centro is Imperial): show them among the border metros. */}
              {highlightedRegionCodes.has(code) ? (
                <Link href="/compare?set=border&view=heatmap" data-testid="compare-link">
                  {t("compareBorderLink")}
                </Link>
              ) : (
                <Link href={`/compare?r=${[...new Set([code, ...caliBajaMetroCodes])].join(",")}&view=heatmap`} data-testid="compare-link">
                  {t("compareLink", { region: name(region) })}
                </Link>
              )}
            </p>
          ) : null}
        </div>
        {year !== null ? (
          <FilterBar
            fields={[
              { name: "year", label: tf("year"), value: String(year), options: years.map((option) => ({ value: String(option), label: String(option) })) },
              ...(lqYear !== null ? [{ name: "y", label: tf("yAxis"), value: portfolio?.yKind ?? values.y, options: [{ value: "wage", label: tf("yWage") }, { value: "change", label: tf("yChange") }] }] : []),
            ]}
          />
        ) : null}
      </div>
      {notices.map((notice) => (
        <Notice key={notice} tone="warning" testId="filter-notice">{notice}</Notice>
      ))}
      {portfolio && portfolio.points.length > 0 && lqYear !== null ? (
        <PortfolioPanel
          regionCode={code}
          year={lqYear}
          csvHref={exportHref("region-portfolio", { code, year: lqYear, y: portfolio.yKind }, locale)}
          rows={portfolio.points}
          leftOut={portfolio.leftOut}
          benchmark={benchmark}
          yKind={portfolio.yKind}
          yRange={portfolio.yRange}
          coverage={lqCoverage?.lq ?? ""}
          notes={lqCoverage?.notes ?? []}
        />
      ) : null}
      {topByLq.length > 0 ? (
        <section className="panel" aria-labelledby="top-clusters-heading" data-testid="top-clusters-lq">
          <h2 id="top-clusters-heading">{t("topClustersLq", { year: lqYear! })}</h2>
          <p className="panel-note">{t("topClustersLqNote", { min: format.integer(values.min), benchmark })}</p>
          <RankingTable rows={topByLq} metric="lq" />
          <p className="coverage-line">{lqCoverage?.lq}</p>
        </section>
      ) : null}
      {topByJobs.length > 0 ? (
        <section className="panel" aria-labelledby="largest-clusters-heading" data-testid="top-clusters-jobs">
          <h2 id="largest-clusters-heading">{t("topClustersJobs", { year: year! })}</h2>
          <RankingTable rows={topByJobs} metric="employment" />
          <p className="coverage-line">{employmentCoverage?.employment}</p>
          {(employmentCoverage?.notes ?? []).map((note) => (
            <p className="coverage-line" key={note}>{note}</p>
          ))}
        </section>
      ) : null}
      {/* Most of the 917 metro and micro areas have no published study figures: no empty panel for them. */}
      <div className={facts.length > 0 ? "two-columns" : undefined}>
        <CoverageList regionCode={code} entries={coverage} regionNames={Object.fromEntries([region, ...members].map((entry) => [entry.code, name(entry)]))} />
        {facts.length > 0 ? <PublishedFactsList facts={facts} regionCode={code} /> : null}
      </div>
      {(["permanent_workers", "insured_jobs"] as const).map((measure) => {
        const measured = insured.filter((row) => row.measure === measure);
        return measured.length > 0 ? <InsuredEmployment key={measure} rows={measured} regionCode={code} regionName={name(region)} /> : null;
      })}
      {plants && plants.plants.total > 0 ? (
        <LargePlantsPanel
          regionCode={code}
          regionName={name(region)}
          byCluster={plants.plants.byCluster}
          unmapped={plants.plants.unmapped}
          total={plants.plants.total}
          sizeBands={plants.plants.sizeBands}
          coverage={plants.plants.sourceTitle}
        />
      ) : null}
      {establishments.length > 0 ? <EstablishmentsList rows={establishments} regionCode={code} regionName={name(region)} /> : null}
      {ownSectors.length > 0 ? (
        <CensusSectors rows={ownSectors} regionCode={code} heading={t("censusSectors", { region: name(region) })} note={t("censusSectorsNote")} />
      ) : null}
      {year === null && ownSectors.length === 0 ? (
        <Notice testId="no-data">
          {insured.length > 0 || establishments.length > 0 ? t("missingClusterData", { region: name(region) }) : to("noMexicoData", { region: name(region) })}{" "}
          <Link href="/methodology#import">{to("importHint")}</Link>
        </Notice>
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
