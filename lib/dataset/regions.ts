import type { Country, RegionKind } from "../generated/prisma/enums";

export type RegionDefinition = {
  code: string;
  nameEn: string;
  nameEs: string;
  country: Country;
  kind: RegionKind;
  parentCode: string | null;
  sortOrder: number;
  stateCodes?: string[];
  sameAreaAs?: string | null;
};

/**
 * Codes: U.S. county FIPS (06073), metro areas by CBSA code with a prefix (cbsa-41740), U.S. states by
 * postal abbreviation (CA), INEGI state and state+municipio codes (02 Baja California, 02004 Tijuana),
 * ISO for nations. The prefixes and letters keep the number spaces of the two countries apart.
 */
export const regions: readonly RegionDefinition[] = [
  {
    code: "calibaja",
    nameEn: "CaliBaja Mega-Region",
    nameEs: "Megarregión CaliBaja",
    country: "BINATIONAL",
    kind: "megaregion",
    parentCode: null,
    sortOrder: 0,
  },
  {
    code: "us-side",
    nameEn: "U.S. side (San Diego and Imperial counties)",
    nameEs: "Lado estadounidense (condados de San Diego e Imperial)",
    country: "US",
    kind: "side",
    parentCode: "calibaja",
    sortOrder: 10,
  },
  {
    code: "06073",
    nameEn: "San Diego County",
    nameEs: "Condado de San Diego",
    country: "US",
    kind: "county",
    parentCode: "us-side",
    sortOrder: 11,
  },
  {
    code: "06025",
    nameEn: "Imperial County",
    nameEs: "Condado de Imperial",
    country: "US",
    kind: "county",
    parentCode: "us-side",
    sortOrder: 12,
  },
  {
    code: "mx-side",
    nameEn: "Mexican side (Baja California municipios)",
    nameEs: "Lado mexicano (municipios de Baja California)",
    country: "MX",
    kind: "side",
    parentCode: "calibaja",
    sortOrder: 20,
  },
  {
    code: "02004",
    nameEn: "Tijuana",
    nameEs: "Tijuana",
    country: "MX",
    kind: "municipio",
    parentCode: "mx-side",
    sortOrder: 21,
  },
  {
    code: "02002",
    nameEn: "Mexicali",
    nameEs: "Mexicali",
    country: "MX",
    kind: "municipio",
    parentCode: "mx-side",
    sortOrder: 22,
  },
  {
    code: "02003",
    nameEn: "Tecate",
    nameEs: "Tecate",
    country: "MX",
    kind: "municipio",
    parentCode: "mx-side",
    sortOrder: 23,
  },
  {
    code: "02001",
    nameEn: "Ensenada",
    nameEs: "Ensenada",
    country: "MX",
    kind: "municipio",
    parentCode: "mx-side",
    sortOrder: 24,
  },
  {
    code: "02005",
    nameEn: "Playas de Rosarito",
    nameEs: "Playas de Rosarito",
    country: "MX",
    kind: "municipio",
    parentCode: "mx-side",
    sortOrder: 25,
  },
  {
    code: "US",
    nameEn: "United States",
    nameEs: "Estados Unidos",
    country: "US",
    kind: "nation",
    parentCode: null,
    sortOrder: 30,
  },
  {
    code: "CA",
    nameEn: "California",
    nameEs: "California",
    country: "US",
    kind: "state",
    parentCode: "US",
    sortOrder: 31,
  },
  { code: "MX", nameEn: "Mexico", nameEs: "México", country: "MX", kind: "nation", parentCode: null, sortOrder: 40 },
  {
    code: "02",
    nameEn: "Baja California",
    nameEs: "Baja California",
    country: "MX",
    kind: "state",
    parentCode: "MX",
    sortOrder: 41,
  },
  // Single-county metro areas: the same land as the county, so CMP's metro rows never add to a side's total.
  {
    code: "cbsa-41740",
    nameEn: "San Diego-Carlsbad, CA (metro area)",
    nameEs: "San Diego-Carlsbad, CA (área metropolitana)",
    country: "US",
    kind: "metro",
    parentCode: "CA",
    sortOrder: 32,
    stateCodes: ["CA"],
    sameAreaAs: "06073",
  },
  {
    code: "cbsa-20940",
    nameEn: "El Centro, CA (metro area)",
    nameEs: "El Centro, CA (área metropolitana)",
    country: "US",
    kind: "metro",
    parentCode: "CA",
    sortOrder: 33,
    stateCodes: ["CA"],
    sameAreaAs: "06025",
  },
  // IMSS reports this locality of Ensenada under its own code (Y35); kept apart, never added to Ensenada.
  {
    code: "imss-y35",
    nameEn: "Isla de Cedros (Ensenada; IMSS code Y35)",
    nameEs: "Isla de Cedros (Ensenada; clave IMSS Y35)",
    country: "MX",
    kind: "locality",
    parentCode: "02001",
    sortOrder: 26,
  },
];

/** The regions whose summed observations make up an aggregate region. */
export const aggregateMembers: Readonly<Record<string, readonly string[]>> = {
  "us-side": ["06073", "06025"],
  "mx-side": ["02004", "02002", "02003", "02001", "02005"],
};

/**
 * The regions the dashboard is about: the mega-region, its sides, counties and municipios, and their
 * state and national benchmarks. Peer regions (every other U.S. metro area and state) are stored too
 * but are not listed beside these on a cluster's page.
 */
export const homeRegionCodes: readonly string[] = regions
  .filter((region) => !["metro", "micro", "locality"].includes(region.kind))
  .map((region) => region.code);
