// npm run build:map — writes lib/map/geometry.json, the map of the mega-region, from the shipped
// geometry: Baja California's municipios (prisma/data/geo, INEGI / CONABIO via PhantomInsights,
// MIT) simplified for the web, San Diego and Imperial counties from the us-atlas package (Census
// cartographic boundary files, 1:10,000,000), and the land ports of entry (BTS). Run it again when a
// geometry file changes; the result is committed, so the app reads no geometry at run time.
import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { feature } from "topojson-client";
import { topology } from "topojson-server";
import { presimplify, simplify } from "topojson-simplify";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";

/** Smallest triangle area (in square degrees) a vertex must span to stay: about 0.1 km² at 32° N. */
export const simplifyMinWeight = 1e-5;

const root = path.resolve(import.meta.dirname, "..");
const geoDir = path.join(root, "prisma/data/geo");
const municipios = JSON.parse(
  fs.readFileSync(path.join(geoDir, "mx_baja_california_municipios_2021.geojson"), "utf8"),
) as FeatureCollection;
const mxTopology = topology({ municipios });
const simplified = simplify(
  presimplify(mxTopology as unknown as Topology<Record<string, never>>),
  simplifyMinWeight,
) as Topology;
const mx = feature(simplified, simplified.objects.municipios as GeometryCollection) as FeatureCollection;
const usAtlas = JSON.parse(
  fs.readFileSync(path.join(root, "node_modules/us-atlas/counties-10m.json"), "utf8"),
) as Topology;
const counties = (
  feature(usAtlas, usAtlas.objects.counties as GeometryCollection) as FeatureCollection
).features.filter((county) => ["06073", "06025"].includes(String(county.id)));

const round = (geometry: Geometry): Geometry =>
  JSON.parse(
    JSON.stringify(geometry, (key, value) => (typeof value === "number" ? Math.round(value * 1e4) / 1e4 : value)),
  );
const areas: Feature[] = [
  ...counties.map((county) => ({
    type: "Feature" as const,
    id: String(county.id),
    properties: { code: String(county.id), name: String(county.properties?.name ?? ""), country: "US" },
    geometry: round(county.geometry),
  })),
  ...mx.features.map((municipio) => ({
    type: "Feature" as const,
    id: String(municipio.properties?.CVEGEO),
    properties: {
      code: String(municipio.properties?.CVEGEO),
      name: String(municipio.properties?.NOM_MUN),
      country: "MX",
    },
    geometry: round(municipio.geometry),
  })),
];
const ports = (
  parse(fs.readFileSync(path.join(geoDir, "us_mx_ports_of_entry_california_DERIVED.csv")), { columns: true }) as Record<
    string,
    string
  >[]
).map((row) => ({
  code: row.port_code!,
  name: row.port_name!,
  latitude: Number(row.latitude),
  longitude: Number(row.longitude),
}));
const vertices = (geometry: Geometry): number => JSON.stringify(geometry).split("],[").length;
fs.writeFileSync(
  path.join(root, "lib/map/geometry.json"),
  `${JSON.stringify({ simplifyMinWeight, sources: ["INEGI / CONABIO, via PhantomInsights/mexico-geojson (MIT)", "U.S. Census Bureau cartographic boundaries, via us-atlas", "Bureau of Transportation Statistics, Border Crossing Entry Data"], areas, ports })}\n`,
);
console.log(
  `lib/map/geometry.json: ${areas.length} areas (${areas.reduce((sum, area) => sum + vertices(area.geometry), 0)} vertices, simplified from 39,651), ${ports.length} ports`,
);
