import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { Link } from "@/i18n/navigation";
import { InsuredEmployment } from "@/components/regions/insured-employment";
import { DataAsOf } from "@/components/ui/data-as-of";
import { FilterBar } from "@/components/ui/filter-bar";
import {
  loadBothSides,
  loadFactsTable,
  loadLargePlants,
  loadManufacturing,
  loadPublishedChart,
} from "@/lib/binational-data";
import { aggregateMembers } from "@/lib/dataset/regions";
import { exportHref } from "@/lib/export/href";
import { getEstablishmentPoints } from "@/lib/queries/binational";
import { getAllFacts } from "@/lib/queries/facts";
import { getInsuredEmployment } from "@/lib/queries/insured";
import { getDashboardRegions } from "@/lib/queries/regions";
import { resolveViewYears } from "@/lib/view-years";
import { BothSidesPanel } from "./both-sides-panel";
import { FactsTable } from "./facts-table";
import { HeadlineFigures } from "./headline-figures";
import { LargePlantsPanel } from "./large-plants-panel";
import { ManufacturingPanel } from "./manufacturing-panel";
import { MegaregionMap, type MapMeasure } from "./megaregion-map";
import { PublishedChart } from "./published-charts";
import { formatMonth, localName } from "@/lib/format";

export type MegaregionParams = { mfg: number | null; plants: string; map: "plants" | "insured" };

/**
 * The binational view: both sides of the border with real numbers, each labelled with its measure,
 * date and source, and never added into one figure. Headline figures, manufacturing on both sides in
 * the same reference month, the Mexican side's large plants by cluster, clusters strong on both sides,
 * insured workers by month, the studies' figures as charts and a table, and a map.
 */
export async function MegaregionPage({
  params,
  summaryOnly = false,
}: {
  params: MegaregionParams;
  summaryOnly?: boolean;
}) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("binational");
  const tm = await getTranslations("map");
  const municipioCodes = aggregateMembers["mx-side"]!;
  const plantRegion = [...municipioCodes, "mx-side"].includes(params.plants) ? params.plants : "mx-side";
  const [facts, manufacturing, plants, sidePlants, usYears, regions] = await Promise.all([
    getAllFacts(),
    loadManufacturing(params.mfg),
    loadLargePlants(plantRegion),
    loadLargePlants("mx-side"),
    resolveViewYears("us-side", null),
    getDashboardRegions(["us-side", "mx-side", ...aggregateMembers["us-side"]!, ...municipioCodes]),
  ]);
  const name = (entry: { nameEn: string; nameEs: string }) => localName(locale, entry);
  const month = (year: number) => formatMonth(locale, year, 2, "long");
  const manufacturingPanel = manufacturing ? (
    <ManufacturingPanel
      bars={manufacturing.bars}
      year={manufacturing.year}
      years={manufacturing.years}
      coverage={t("manufacturingCoverage", {
        sources: [...new Set(manufacturing.bars.map((bar) => bar.sourceTitle))].join("; "),
      })}
    />
  ) : (
    <p className="notice">{t("noCommonPeriod")}</p>
  );
  if (summaryOnly) {
    return (
      <>
        <HeadlineFigures facts={facts} />
        {manufacturingPanel}
        <p className="notice" data-testid="megaregion-link">
          {t("summaryNote")} <Link href="/regions/calibaja">{t("summaryLink")}</Link>
        </p>
      </>
    );
  }

  const lqYear = usYears.lqYear;
  const [bothSides, sideInsured, points, lqFacts, outputFacts] = await Promise.all([
    loadBothSides(),
    getInsuredEmployment("mx-side"),
    getEstablishmentPoints(),
    loadPublishedChart("lq"),
    loadPublishedChart("output"),
  ]);
  const permanent = sideInsured.filter((row) => row.measure === "permanent_workers");
  const mappedMunicipios = [...new Set([...municipioCodes, ...points.map((point) => point.regionCode)])];
  const latestInsured = permanent.reduce((latest, row) => Math.max(latest, row.year * 100 + row.month), 0);
  const mapMeasure: MapMeasure =
    params.map === "insured"
      ? {
          key: "insured",
          label: tm("measure.insured"),
          source: permanent[0]?.sourceTitle ?? "IMSS",
          values: new Map(
            await Promise.all(
              municipioCodes.map(async (code) => {
                const rows = (await getInsuredEmployment(code)).filter(
                  (row) => row.measure === "permanent_workers" && row.year * 100 + row.month === latestInsured,
                );
                return [
                  code,
                  rows.every((row) => row.value !== null) && rows.length
                    ? rows.reduce((sum, row) => sum + row.value!, 0)
                    : Number.NaN,
                ] as [string, number];
              }),
            ).then((entries) => entries.filter(([, value]) => Number.isFinite(value))),
          ),
        }
      : {
          key: "plants",
          label: tm("measure.plants"),
          source: sidePlants?.plants.sourceTitle ?? "INEGI DENUE",
          // Every municipio the listing covers (San Quintín too), not only the mega-region's five.
          values: new Map(
            await Promise.all(
              mappedMunicipios.map(
                async (code) => [code, (await loadLargePlants(code))?.plants.total ?? 0] as [string, number],
              ),
            ),
          ),
        };
  const tableFacts = await loadFactsTable();
  const regionNames = new Map(regions.map((region) => [region.code, region]));
  const plantOptions = ["mx-side", ...municipioCodes].map((code) => ({
    value: code,
    label: name(regionNames.get(code)!),
  }));
  return (
    <>
      <DataAsOf
        items={[
          ...(manufacturing
            ? [{ measure: "employment" as const, year: manufacturing.year, source: "County Business Patterns" }]
            : []),
          ...(latestInsured
            ? [
                {
                  measure: "insured" as const,
                  year: `${Math.floor(latestInsured / 100)}-${String(latestInsured % 100).padStart(2, "0")}`,
                  source: "IMSS",
                  pandemic: true,
                },
              ]
            : []),
          ...(lqYear !== null
            ? [{ measure: "lq" as const, year: lqYear, source: "U.S. Cluster Mapping Project" }]
            : []),
          ...(sidePlants ? [{ measure: "establishments" as const, year: "", source: "INEGI DENUE" }] : []),
        ]}
      />
      <p className="panel-note" data-testid="two-measures">
        {manufacturing ? t("introTwoMeasures", { month: month(manufacturing.year) }) : t("introNoPeriod")}
      </p>
      {manufacturing && manufacturing.years.length > 1 ? (
        <FilterBar
          fields={[
            {
              name: "mfg",
              label: t("periodLabel"),
              value: String(manufacturing.year),
              options: manufacturing.years.map((year) => ({ value: String(year), label: month(year) })),
            },
          ]}
        />
      ) : null}
      {manufacturingPanel}
      <HeadlineFigures facts={facts} />
      {plants ? (
        <LargePlantsPanel
          regionCode={plantRegion}
          regionName={name(plants.region)}
          byCluster={plants.plants.byCluster}
          unmapped={plants.plants.unmapped}
          total={plants.plants.total}
          sizeBands={plants.plants.sizeBands}
          coverage={plants.plants.sourceTitle}
          controls={
            <FilterBar
              fields={[{ name: "plants", label: t("plantsRegionLabel"), value: plantRegion, options: plantOptions }]}
            />
          }
        />
      ) : null}
      {bothSides ? (
        <BothSidesPanel
          rows={bothSides.rows}
          lqYear={bothSides.lqYear}
          plantBand={bothSides.sizeBands.join(", ")}
          coverage={t("bothSidesCoverage", { year: bothSides.lqYear, plantsSource: bothSides.plantsSource })}
        />
      ) : null}
      {permanent.length > 0 ? (
        <InsuredEmployment rows={permanent} regionCode="mx-side" regionName={name(regionNames.get("mx-side")!)} />
      ) : null}
      <MegaregionMap
        measure={mapMeasure}
        points={points}
        clusters={(sidePlants?.plants.byCluster ?? []).map((row) => ({
          code: row.clusterCode!,
          nameEn: row.nameEn!,
          nameEs: row.nameEs!,
        }))}
        regionNames={regionNames}
      />
      <div className="two-columns">
        <PublishedChart chart="lq" facts={lqFacts} />
        <PublishedChart chart="output" facts={outputFacts} />
      </div>
      <FactsTable rows={tableFacts} csvHref={exportHref("published-figures-table", {}, locale)} />
    </>
  );
}
