/** IMSS municipio codes of the dashboard's municipios; Tijuana and Mexicali each have two codes that add up. */
export const imssMunicipios: Readonly<Record<string, string>> = {
  A05: "02001", // Ensenada
  A06: "02002", // Mexicali
  Z32: "02002", // Mexicali
  A07: "02003", // Tecate
  A08: "02004", // Tijuana
  Z31: "02004", // Tijuana
  Y94: "02005", // Playas de Rosarito
};

/** IMSS's economic divisions (sector_economico_1); 2 and 3 are one division, "Industrias de transformación". */
export const imssSectors: Readonly<Record<string, { es: string; en: string }>> = {
  "0": { es: "Agricultura, ganadería, silvicultura, pesca y caza", en: "Agriculture, livestock, forestry, fishing and hunting" },
  "1": { es: "Industrias extractivas", en: "Extractive industries" },
  "2-3": { es: "Industrias de transformación", en: "Manufacturing (transformation industries)" },
  "4": { es: "Industria de la construcción", en: "Construction" },
  "5": { es: "Industria eléctrica, y captación y suministro de agua potable", en: "Electricity and water supply" },
  "6": { es: "Comercio", en: "Commerce" },
  "7": { es: "Transportes y comunicaciones", en: "Transport and communications" },
  "8": { es: "Servicios para empresas, personas y el hogar", en: "Services to businesses, people and households" },
  "9": { es: "Servicios sociales y comunales", en: "Social and community services" },
};
