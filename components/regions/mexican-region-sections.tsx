import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { EstablishmentsList } from "@/components/binational/establishments-list";
import { LargePlantsPanel } from "@/components/binational/large-plants-panel";
import { CensusSectors } from "@/components/regions/census-sectors";
import { InsuredEmployment } from "@/components/regions/insured-employment";
import type { RegionView } from "@/components/regions/region-sections";
import { Notice } from "@/components/ui/notice";
import { loadLargePlants } from "@/lib/binational-data";
import { getEstablishments } from "@/lib/queries/binational";
import { getInsuredEmployment } from "@/lib/queries/insured";
import { getCensusSectorEmployment, getMexicoSectorEmployment } from "@/lib/queries/national-context";

/**
 * What a Mexican region has instead of (or before) cluster figures: IMSS insured workers, large
 * plants, INEGI's sectors, and Mexico's national sectors for context; and, when it has none of the
 * census figures, a notice that says what is missing rather than an empty page.
 */
export async function MexicanRegionSections({ view }: { view: RegionView }) {
  const t = await getTranslations("region");
  const to = await getTranslations("overview");
  const { code, name } = view;
  const [mexicoContext, ownSectors, insured] = await Promise.all([
    getMexicoSectorEmployment(),
    code === "MX" ? [] : getCensusSectorEmployment(code),
    getInsuredEmployment(code),
  ]);
  const withPlants = view.kind === "municipio" || view.kind === "side";
  const [plants, establishments] = await Promise.all([
    withPlants ? loadLargePlants(code) : null,
    view.kind === "municipio" ? getEstablishments(code) : [],
  ]);
  return (
    <>
      {(["permanent_workers", "insured_jobs"] as const).map((measure) => {
        const measured = insured.filter((row) => row.measure === measure);
        return measured.length > 0 ? (
          <InsuredEmployment key={measure} rows={measured} regionCode={code} regionName={name} />
        ) : null;
      })}
      {plants && plants.plants.total > 0 ? (
        <LargePlantsPanel
          regionCode={code}
          regionName={name}
          byCluster={plants.plants.byCluster}
          unmapped={plants.plants.unmapped}
          total={plants.plants.total}
          sizeBands={plants.plants.sizeBands}
          coverage={plants.plants.sourceTitle}
        />
      ) : null}
      {establishments.length > 0 ? (
        <EstablishmentsList rows={establishments} regionCode={code} regionName={name} />
      ) : null}
      {ownSectors.length > 0 ? (
        <CensusSectors
          rows={ownSectors}
          regionCode={code}
          heading={t("censusSectors", { region: name })}
          note={t("censusSectorsNote")}
        />
      ) : null}
      {view.year === null && ownSectors.length === 0 ? (
        <Notice testId="no-data">
          {insured.length > 0 || establishments.length > 0
            ? t("missingClusterData", { region: name })
            : to("noMexicoData", { region: name })}{" "}
          <Link href="/methodology#import">{to("importHint")}</Link>
        </Notice>
      ) : null}
      {mexicoContext.length > 0 ? (
        <CensusSectors
          rows={mexicoContext}
          regionCode="MX"
          heading={code === "MX" ? t("censusSectors", { region: name }) : t("mexicoContext")}
          note={code === "MX" || ownSectors.length > 0 ? t("censusSectorsNote") : t("mexicoContextNote")}
        />
      ) : null}
    </>
  );
}
