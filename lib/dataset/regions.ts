import type { Country, RegionKind } from "../generated/prisma/enums";

export type RegionDefinition = {
  code: string;
  nameEn: string;
  nameEs: string;
  country: Country;
  kind: RegionKind;
  parentCode: string | null;
  sortOrder: number;
};

/** Codes: U.S. county FIPS, INEGI state+municipio (02 Baja California), ISO for nations. */
export const regions: readonly RegionDefinition[] = [
  { code: "calibaja", nameEn: "CaliBaja Mega-Region", nameEs: "Megarregión CaliBaja", country: "BINATIONAL", kind: "megaregion", parentCode: null, sortOrder: 0 },
  { code: "us-side", nameEn: "U.S. side (San Diego and Imperial counties)", nameEs: "Lado estadounidense (condados de San Diego e Imperial)", country: "US", kind: "side", parentCode: "calibaja", sortOrder: 10 },
  { code: "06073", nameEn: "San Diego County", nameEs: "Condado de San Diego", country: "US", kind: "county", parentCode: "us-side", sortOrder: 11 },
  { code: "06025", nameEn: "Imperial County", nameEs: "Condado de Imperial", country: "US", kind: "county", parentCode: "us-side", sortOrder: 12 },
  { code: "mx-side", nameEn: "Mexican side (Baja California municipios)", nameEs: "Lado mexicano (municipios de Baja California)", country: "MX", kind: "side", parentCode: "calibaja", sortOrder: 20 },
  { code: "02004", nameEn: "Tijuana", nameEs: "Tijuana", country: "MX", kind: "municipio", parentCode: "mx-side", sortOrder: 21 },
  { code: "02002", nameEn: "Mexicali", nameEs: "Mexicali", country: "MX", kind: "municipio", parentCode: "mx-side", sortOrder: 22 },
  { code: "02003", nameEn: "Tecate", nameEs: "Tecate", country: "MX", kind: "municipio", parentCode: "mx-side", sortOrder: 23 },
  { code: "02001", nameEn: "Ensenada", nameEs: "Ensenada", country: "MX", kind: "municipio", parentCode: "mx-side", sortOrder: 24 },
  { code: "02005", nameEn: "Playas de Rosarito", nameEs: "Playas de Rosarito", country: "MX", kind: "municipio", parentCode: "mx-side", sortOrder: 25 },
  { code: "US", nameEn: "United States", nameEs: "Estados Unidos", country: "US", kind: "nation", parentCode: null, sortOrder: 30 },
  { code: "06", nameEn: "California", nameEs: "California", country: "US", kind: "state", parentCode: "US", sortOrder: 31 },
  { code: "MX", nameEn: "Mexico", nameEs: "México", country: "MX", kind: "nation", parentCode: null, sortOrder: 40 },
  { code: "02", nameEn: "Baja California", nameEs: "Baja California", country: "MX", kind: "state", parentCode: "MX", sortOrder: 41 },
];

/** The regions whose summed observations make up an aggregate region. */
export const aggregateMembers: Readonly<Record<string, readonly string[]>> = {
  "us-side": ["06073", "06025"],
  "mx-side": ["02004", "02002", "02003", "02001", "02005"],
};
