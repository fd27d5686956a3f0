import type { Metadata } from "next";
import { pageMetadata } from "@/lib/page-metadata";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { Link } from "@/i18n/navigation";
import { TableScroll } from "@/components/ui/table-scroll";
import { homeRegionCodes } from "@/lib/dataset/regions";
import { formatters, localName } from "@/lib/format";
import { getRegionHoldings, type RegionHoldings } from "@/lib/queries/regions";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "regions" });
  return pageMetadata(t("heading"), locale);
}

/** Every region, grouped by country and kind, with the data each holds: the CaliBaja regions first. */
export default async function RegionsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const t = await getTranslations("regions");
  const tr = await getTranslations("region");
  const format = formatters(locale);
  const regions = await getRegionHoldings();
  const name = (region: RegionHoldings) => localName(locale, region);
  const holdings = (region: RegionHoldings) =>
    [
      ...region.topics.map((topic) =>
        t(`topic.${topic.topic}`, {
          years: topic.from === topic.to ? String(topic.from) : `${topic.from}–${topic.to}`,
        }),
      ),
      ...(region.establishments ? [t("establishments", { count: format.integer(region.establishments) })] : []),
    ].join("; ") || t("nothing");
  const groups = [
    {
      key: "calibaja",
      regions: regions.filter(
        (region) => homeRegionCodes.includes(region.code) && !["nation", "state"].includes(region.kind),
      ),
      open: true,
    },
    {
      key: "benchmarks",
      regions: regions.filter(
        (region) =>
          ["nation"].includes(region.kind) || (region.kind === "state" && homeRegionCodes.includes(region.code)),
      ),
      open: true,
    },
    {
      key: "mxOther",
      regions: regions.filter((region) => region.country === "MX" && !homeRegionCodes.includes(region.code)),
      open: true,
    },
    {
      key: "usStates",
      regions: regions.filter(
        (region) => region.kind === "state" && region.country === "US" && !homeRegionCodes.includes(region.code),
      ),
      open: false,
    },
    {
      key: "usMetros",
      regions: regions.filter((region) => region.kind === "metro").sort((a, b) => a.nameEn.localeCompare(b.nameEn)),
      open: false,
    },
    {
      key: "usMicros",
      regions: regions.filter((region) => region.kind === "micro").sort((a, b) => a.nameEn.localeCompare(b.nameEn)),
      open: false,
    },
    {
      key: "usOther",
      regions: regions.filter(
        (region) =>
          region.country === "US" &&
          ["county", "economic_area"].includes(region.kind) &&
          !homeRegionCodes.includes(region.code),
      ),
      open: false,
    },
  ].filter((group) => group.regions.length > 0);
  return (
    <>
      <Breadcrumbs section="regions" />
      <div className="page-heading">
        <div>
          <h1>{t("heading")}</h1>
          <p className="muted">{t("intro", { count: format.integer(regions.length) })}</p>
        </div>
      </div>
      {groups.map((group) => (
        <details key={group.key} className="panel region-group" open={group.open} data-testid={`regions-${group.key}`}>
          <summary>
            <h2 id={`regions-${group.key}-heading`}>{t(`group.${group.key}`, { count: group.regions.length })}</h2>
          </summary>
          <TableScroll labelledBy={`regions-${group.key}-heading`}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t("regionColumn")}</th>
                  <th scope="col">{t("kindColumn")}</th>
                  <th scope="col">{t("holdsColumn")}</th>
                </tr>
              </thead>
              <tbody>
                {group.regions.map((region) => (
                  <tr key={region.code} data-region={region.code}>
                    <th scope="row">
                      <Link href={`/regions/${region.code}`}>{name(region)}</Link>
                    </th>
                    <td>{tr(`kind.${region.kind}`)}</td>
                    <td>{holdings(region)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </details>
      ))}
    </>
  );
}
