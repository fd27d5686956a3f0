import type { DataFileKey } from "./files";

export type SourceDefinition = {
  key: string;
  title: string;
  publisher: string;
  year: number | null;
  url: string | null;
  licence: string;
  notes: string;
  file: DataFileKey;
};

const cmpPublisher = "U.S. Cluster Mapping Project, Harvard Business School Institute for Strategy and Competitiveness, and U.S. Economic Development Administration";
const cmpLicence = "Use with attribution to the U.S. Cluster Mapping Project (Harvard Business School ISC and U.S. EDA)";
const censusPublisher = "U.S. Census Bureau, County Business Patterns";
const censusLicence = "Public domain (U.S. federal government work)";
const cbpNotes =
  "Paid employees in the pay period including March 12, private non-farm employer establishments. Cells with fewer than 3 establishments are not published and figures carry noise, so sums of industries are lower bounds. NAICS 2017.";

export const defaultSources: readonly SourceDefinition[] = [
  {
    key: "cmp-definitions",
    title: "U.S. Cluster Mapping cluster definitions (Delgado, Porter and Stern 2016), NAICS 2012",
    publisher: cmpPublisher,
    year: 2016,
    url: "https://clustermapping.us",
    licence: cmpLicence,
    notes: "67 clusters (51 traded, 16 local) defined by 978 six-digit NAICS 2012 industries; subclusters matched by name from the ACR1/industry-clusters crosswalk (medium confidence).",
    file: "clusterDefinitions",
  },
  {
    key: "cmp-2016-counties",
    title: "U.S. Cluster Mapping cluster indicators 2016: San Diego and Imperial counties",
    publisher: cmpPublisher,
    year: 2016,
    url: "https://clustermapping.us",
    licence: cmpLicence,
    notes: "Employment includes CMP's imputation of cells the Census suppresses; emp_reported_tl counts published cells only. Location quotients published by CMP against the United States, within traded or local clusters.",
    file: "cmpCounties2016",
  },
  {
    key: "cmp-2016-california",
    title: "U.S. Cluster Mapping cluster indicators 2016: California",
    publisher: cmpPublisher,
    year: 2016,
    url: "https://clustermapping.us",
    licence: cmpLicence,
    notes: "State of California, all 67 clusters; also the basis of the implied U.S. national cluster totals (emp_tl / cluster_emp_per_tf).",
    file: "cmpCalifornia2016",
  },
  {
    key: "cbp-2018-2019",
    title: "County Business Patterns 2018 and 2019: San Diego and Imperial counties",
    publisher: censusPublisher,
    year: 2019,
    url: "https://www.census.gov/programs-surveys/cbp.html",
    licence: censusLicence,
    notes: `${cbpNotes} Payroll not included in this extract.`,
    file: "cbp2018and2019",
  },
  {
    key: "cbp-2020",
    title: "County Business Patterns 2020: San Diego and Imperial counties",
    publisher: censusPublisher,
    year: 2020,
    url: "https://www.census.gov/programs-surveys/cbp.html",
    licence: censusLicence,
    notes: `${cbpNotes} March 2020: collected at the start of the COVID-19 pandemic.`,
    file: "cbp2020",
  },
  {
    key: "cbp-2021",
    title: "County Business Patterns 2021: San Diego and Imperial counties",
    publisher: censusPublisher,
    year: 2021,
    url: "https://www.census.gov/programs-surveys/cbp.html",
    licence: censusLicence,
    notes: `${cbpNotes} March 2021: collected during the COVID-19 pandemic.`,
    file: "cbp2021",
  },
  {
    key: "naics-2017-2012-concordance",
    title: "2017 NAICS U.S. matched to 2012 NAICS U.S.",
    publisher: "U.S. Census Bureau",
    year: 2017,
    url: "https://www.census.gov/naics/?68967",
    licence: censusLicence,
    notes: "Official concordance; every NAICS 2017 industry in the shipped CBP files maps to exactly one cluster through it.",
    file: "naicsConcordance",
  },
  {
    key: "inegi-ce-national-sectors",
    title: "Censos Económicos 2004–2024: total nacional por sector SCIAN",
    publisher: "Instituto Nacional de Estadística y Geografía (INEGI)",
    year: 2024,
    url: "https://www.inegi.org.mx/programas/ce/2024/",
    licence: "Libre uso con atribución: «Fuente: INEGI»",
    notes: "Reference years 2003, 2008, 2013, 2018, 2023. Personal ocupado total (H001A) and census value added (millions of current pesos). Sector 56 falls after Mexico's 2021 outsourcing reform.",
    file: "inegiNationalBySector",
  },
  {
    key: "scian-2018",
    title: "Sistema de Clasificación Industrial de América del Norte, México SCIAN 2018",
    publisher: "Instituto Nacional de Estadística y Geografía (INEGI)",
    year: 2018,
    url: "https://www.inegi.org.mx/scian/",
    licence: "Libre uso con atribución: «Fuente: INEGI»",
    notes: "Official code list with Spanish titles.",
    file: "scianCodes",
  },
  {
    key: "cbc-2015-top10",
    title: "Competitive Border Communities: the ten most concentrated industries of the CaliBaja mega-region",
    publisher: "Wilson Center Mexico Institute and North American Research Partnership (quoted by TECMA, “CaliBaja Mega Region”)",
    year: 2015,
    url: "https://www.tecma.com/calibaja-mega-region/",
    licence: "Quoted for reference with citation",
    notes: "A ranking without values: the report's employment and LQ figures were not reachable. Industries are NAICS 4-digit, not CMP clusters. Secondary quotation (medium-high confidence).",
    file: "top10Industries",
  },
];
