/**
 * IMSS municipio codes of Baja California and the dashboard region each belongs to. Tijuana and
 * Mexicali each have two codes that add up. Y35 is Isla de Cedros, a locality of Ensenada that IMSS
 * reports under its own code: it is kept apart (region "imss-y35") and never added to Ensenada, because
 * the third-party aggregate leaves some of its cells empty and a sum would hide that.
 */
export const imssMunicipios: Readonly<Record<string, string>> = {
  A05: "02001", // Ensenada
  A06: "02002", // Mexicali
  Z32: "02002", // Mexicali
  A07: "02003", // Tecate
  A08: "02004", // Tijuana
  Z31: "02004", // Tijuana
  Y94: "02005", // Playas de Rosarito
  Y35: "imss-y35", // Isla de Cedros (Ensenada)
};

/** Codes that are Baja California IMSS codes but belong to no dashboard region (San Quintín). */
export const imssCodesOutsideDashboard: ReadonlySet<string> = new Set(["Z47"]);

/**
 * IMSS's economic divisions (sector_economico_1). "2-3" is one IMSS division ("Industrias de
 * transformación"). "8-9" is not an IMSS division: the third-party aggregate adds divisions 8 and 9,
 * and the label says so.
 */
export const imssDivisions: Readonly<Record<string, { es: string; en: string }>> = {
  "0": {
    es: "Agricultura, ganadería, silvicultura, pesca y caza",
    en: "Agriculture, livestock, forestry, fishing and hunting",
  },
  "1": { es: "Industrias extractivas", en: "Extractive industries" },
  "2-3": { es: "Industrias de transformación", en: "Manufacturing (transformation industries)" },
  "4": { es: "Industria de la construcción", en: "Construction" },
  "5": { es: "Industria eléctrica, y captación y suministro de agua potable", en: "Electricity and water supply" },
  "6": { es: "Comercio", en: "Commerce" },
  "7": { es: "Transportes y comunicaciones", en: "Transport and communications" },
  "8": { es: "Servicios para empresas, personas y el hogar", en: "Services to businesses, people and households" },
  "9": { es: "Servicios sociales y comunales", en: "Social and community services" },
  "8-9": { es: "Servicios (divisiones 8 y 9 sumadas)", en: "Services (divisions 8 and 9 combined)" },
};

/** The IMSS measures a region page can show; they are different counts and are never added together. */
export const insuredMeasureNames = {
  insured_jobs: { en: "insured jobs", es: "puestos de trabajo afiliados" },
  permanent_workers: { en: "permanent insured workers", es: "trabajadores permanentes asegurados" },
} as const;

/** The dashboard's municipios and the IMSS codes that add up to each (Tijuana A08 + Z31, …). */
export function imssCodesOf(regionCode: string): string[] {
  return Object.entries(imssMunicipios)
    .filter(([, region]) => region === regionCode)
    .map(([code]) => code);
}

/** An IMSS division's name in a language, or its code when the code is not a known division. */
export function imssDivisionName(locale: "en" | "es", code: string): string {
  const division = imssDivisions[code];
  return division ? division[locale] : code;
}
