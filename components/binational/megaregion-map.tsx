import { geoConicConformal, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { Link } from "@/i18n/navigation";
import { TableScroll } from "@/components/ui/table-scroll";
import { categoryColors, otherColor } from "@/lib/charts/colors";
import { placeLabels } from "@/lib/charts/label-layout";
import { localName, formatters } from "@/lib/format";
import geometry from "@/lib/map/geometry.json";

type AreaProperties = { code: string; name: string; country: "US" | "MX" };
export type MapMeasure = { key: "plants" | "insured"; values: Map<string, number>; label: string; source: string };
export type MapPoint = { externalId: string; latitude: number; longitude: number; clusterCode: number | null };

const width = 900;
const height = 640;
// A light-to-dark ramp (ColorBrewer Blues), readable in both themes behind dark outlines.
const ramp = ["#deebf7", "#9ecae1", "#6baed6", "#3182bd", "#08519c"];

/** Upper limits of up to five classes: with five regions or fewer each value is its own class; else equal-count classes. */
function breaksOf(values: number[]): number[] {
  const sorted = [...new Set(values)].sort((a, b) => a - b);
  if (sorted.length <= ramp.length) return sorted;
  return [1, 2, 3, 4, 5].map((index) => sorted[Math.ceil((index * sorted.length) / 5) - 1]!);
}

/**
 * The mega-region: San Diego and Imperial counties and the Baja California municipios, coloured by a
 * measure where it exists (and hatched where it does not), the land ports of entry, and the large
 * establishments as points coloured by cluster. Drawn on the server as SVG, so it prints and exports
 * like the charts; the same content follows as a table for keyboard and screen-reader users.
 */
export async function MegaregionMap({
  measure,
  points,
  clusters,
  regionNames,
}: {
  measure: MapMeasure;
  points: MapPoint[];
  clusters: { code: number; nameEn: string; nameEs: string }[];
  regionNames: Map<string, { nameEn: string; nameEs: string }>;
}) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("map");
  const format = formatters(locale);
  const areas = geometry.areas as unknown as Feature<Geometry, AreaProperties>[];
  const collection: FeatureCollection<Geometry, AreaProperties> = { type: "FeatureCollection", features: areas };
  // Framed on the regions the dashboard is about; municipios beyond them (San Quintín, San Felipe) are cut at the frame.
  const framed: FeatureCollection<Geometry, AreaProperties> = {
    type: "FeatureCollection",
    features: areas.filter((area) => regionNames.has(area.properties.code) || area.properties.country === "US"),
  };
  const projection = geoConicConformal()
    .parallels([31, 33.5])
    .rotate([116, 0])
    .fitExtent(
      [
        [12, 12],
        [width - 12, height - 12],
      ],
      framed.features.length ? framed : collection,
    );
  const path = geoPath(projection);
  const breaks = breaksOf([...measure.values.values()]);
  const fillOf = (code: string) => {
    const value = measure.values.get(code);
    if (value === undefined) return "url(#no-data)";
    return ramp[
      Math.min(
        breaks.findIndex((limit) => value <= limit),
        ramp.length - 1,
      )
    ]!;
  };
  const topClusters = clusters.slice(0, categoryColors.length - 1);
  const colorOf = (clusterCode: number | null) => {
    const index = topClusters.findIndex((cluster) => cluster.code === clusterCode);
    return index >= 0 ? categoryColors[index]! : otherColor;
  };
  const nameOf = (code: string, fallback: string) => {
    const region = regionNames.get(code);
    return region ? localName(locale, region) : fallback;
  };
  const legendClasses = breaks.map((to, index) => ({ color: ramp[index]!, to }));
  // Region names at their centroids, the largest regions first; a name that would overlap another is left to the table.
  const labels = placeLabels(
    [...areas]
      .sort((a, b) => path.area(b) - path.area(a))
      .map((area) => {
        const [x, y] = path.centroid(area);
        return {
          key: area.properties.code,
          label: nameOf(area.properties.code, area.properties.name),
          x,
          y,
          radius: 0,
        };
      })
      .filter((label) => Number.isFinite(label.x)),
    { fontSize: 13, maxLabels: areas.length, bounds: { left: 0, right: width, top: 0, bottom: height } },
  );
  return (
    <section className="panel" aria-labelledby="map-heading" data-testid="megaregion-map">
      <div className="chart-header">
        <h2 id="map-heading">{t("title")}</h2>
        <nav className="segmented" aria-label={t("measureLabel")}>
          {(["plants", "insured"] as const).map((key) => (
            <Link
              key={key}
              className="button"
              href={`/regions/calibaja?map=${key}#map-heading`}
              aria-current={measure.key === key ? "true" : undefined}
              data-testid={`map-measure-${key}`}
            >
              {t(`measure.${key}`)}
            </Link>
          ))}
        </nav>
      </div>
      <p className="panel-note">{t("note", { measure: measure.label })}</p>
      {/* Not role="img": the regions inside are links, so the drawing is a group a keyboard can enter. */}
      <svg
        viewBox={`0 0 ${width} ${height}`}
        className="map-svg"
        role="group"
        aria-labelledby="map-heading map-description"
        overflow="hidden"
      >
        <desc id="map-description">{t("description", { measure: measure.label })}</desc>
        <defs>
          <pattern id="no-data" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="8" height="8" fill="#f2f2f2" />
            <line x1="0" y1="0" x2="0" y2="8" stroke="#bdbdbd" strokeWidth="3" />
          </pattern>
        </defs>
        {areas.map((area) => {
          const known = regionNames.has(area.properties.code);
          const shape = (
            <path
              d={path(area) ?? ""}
              fill={fillOf(area.properties.code)}
              stroke="#333"
              strokeWidth={0.8}
              data-region={area.properties.code}
            />
          );
          return (
            <g key={area.properties.code}>
              <title>{`${nameOf(area.properties.code, area.properties.name)}: ${measure.values.has(area.properties.code) ? format.integer(measure.values.get(area.properties.code)) : t("noData")}`}</title>
              {known ? (
                <a
                  href={`${locale === "es" ? "/es" : ""}/regions/${area.properties.code}`}
                  aria-label={nameOf(area.properties.code, area.properties.name)}
                >
                  {shape}
                </a>
              ) : (
                shape
              )}
            </g>
          );
        })}
        {points.map((point) => {
          const [x, y] = projection([point.longitude, point.latitude]) ?? [Number.NaN, Number.NaN];
          return Number.isFinite(x) ? (
            <circle
              key={point.externalId}
              cx={x}
              cy={y}
              r={2.6}
              fill={colorOf(point.clusterCode)}
              stroke="#fff"
              strokeWidth={0.6}
            />
          ) : null;
        })}
        {geometry.ports.map((port) => {
          const [x, y] = projection([port.longitude, port.latitude]) ?? [0, 0];
          return (
            <g key={port.code} className="map-port">
              <title>{port.name}</title>
              <path
                d={`M${x},${y - 7}L${x + 6},${y + 4}L${x - 6},${y + 4}Z`}
                fill="#111"
                stroke="#fff"
                strokeWidth={1}
              />
            </g>
          );
        })}
        {/* Names go on top of the points so that a dense city (Tijuana) keeps its name readable. */}
        {labels.map((label) => (
          <text key={`label-${label.key}`} x={label.x} y={label.y} className="map-label" textAnchor={label.anchor}>
            {label.label}
          </text>
        ))}
      </svg>
      <div className="map-legend">
        <ul className="legend" aria-label={measure.label}>
          {legendClasses.map((entry) => (
            <li key={entry.color}>
              <span className="swatch" style={{ background: entry.color }} />
              {t("upTo", { value: format.integer(entry.to) })}
            </li>
          ))}
          <li>
            <span className="swatch swatch-hatched" />
            {t("noData")}
          </li>
        </ul>
        <ul className="legend" aria-label={t("pointsLegend")}>
          {topClusters.map((cluster, index) => (
            <li key={cluster.code}>
              <span className="swatch swatch-round" style={{ background: categoryColors[index] }} />
              {localName(locale, cluster)}
            </li>
          ))}
          <li>
            <span className="swatch swatch-round" style={{ background: otherColor }} />
            {t("otherClusters")}
          </li>
          <li>
            <span className="swatch swatch-port" />
            {t("ports")}
          </li>
        </ul>
      </div>
      <details className="map-table">
        <summary>{t("tableToggle")}</summary>
        <TableScroll labelledBy="map-heading">
          <table className="data-table" data-testid="map-table">
            <thead>
              <tr>
                <th scope="col">{t("regionColumn")}</th>
                <th scope="col" className="num">
                  {measure.label}
                </th>
              </tr>
            </thead>
            <tbody>
              {areas.map((area) => (
                <tr key={area.properties.code}>
                  <th scope="row">
                    {regionNames.has(area.properties.code) ? (
                      <Link href={`/regions/${area.properties.code}`}>
                        {nameOf(area.properties.code, area.properties.name)}
                      </Link>
                    ) : (
                      area.properties.name
                    )}
                  </th>
                  <td className="num">
                    {measure.values.has(area.properties.code)
                      ? format.integer(measure.values.get(area.properties.code))
                      : t("noData")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
        <p>{t("portsList", { ports: geometry.ports.map((port) => port.name).join(", ") })}</p>
      </details>
      <p className="coverage-line">{t("source", { source: measure.source })}</p>
      <p className="coverage-line">{t("credits", { weight: String(geometry.simplifyMinWeight) })}</p>
    </section>
  );
}
