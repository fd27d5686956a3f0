import type { ImportFormat } from "../import/types";

/**
 * The default dataset: one entry per file shipped in prisma/data, with its source as
 * prisma/data/PROVENANCE.md describes it. `npm run db:seed` loads the "reference" entries (code lists
 * and concordances) into the reference tables, then imports every entry that has an import format,
 * in this order, through the same pipeline as `npm run import`. "document" entries are shipped for the
 * record (original spreadsheets, layouts, third-party code) or read by a page (map geometry); they
 * hold no figure the database stores.
 */
export type ManifestSource = {
  title: string;
  publisher: string;
  year: number | null;
  url: string | null;
  licence: string;
  confidence: string;
  caveats: string;
};

export type ManifestEntry = {
  /** The source's key in the database (stable across releases: a changed file replaces its own rows). */
  key: string;
  /** Path under prisma/data. */
  file: string;
  format: ImportFormat | "reference" | "document";
  /** Import options for files that do not carry them (a statistical table's reference year). */
  year?: number;
  source: ManifestSource;
};

const cmp = {
  publisher:
    "U.S. Cluster Mapping Project, Harvard Business School Institute for Strategy and Competitiveness, and U.S. Economic Development Administration",
  url: "https://clustermapping.us",
  licence: "Use with attribution to the U.S. Cluster Mapping Project (Harvard Business School ISC and U.S. EDA)",
} as const;
const census = {
  publisher: "U.S. Census Bureau, County Business Patterns",
  url: "https://www.census.gov/programs-surveys/cbp.html",
  licence: "Public domain (U.S. federal government work)",
} as const;
const inegi = {
  publisher: "Instituto Nacional de Estadística y Geografía (INEGI)",
  licence: "Libre uso con atribución: «Fuente: INEGI»",
} as const;
const quoted = "Quoted for reference with citation";

const cbpCaveats =
  "Paid employees in the pay period including March 12; private non-farm employer establishments. The source drops six-digit rows with fewer than 3 establishments and the Census adds noise, so sums of industries are lower bounds (heavily so in Imperial). Codes are NAICS 2017; clusters follow the NAICS 2012 definitions through the official concordance.";

const cbpEntry = (
  year: string,
  key: string,
  extra: string,
  confidence = "high for San Diego, medium-high for Imperial",
): ManifestEntry => ({
  key,
  file: `us/cbp_${year}_san_diego_imperial_naics2017.csv`,
  format: "cbp-table",
  source: {
    title: `County Business Patterns ${year.replace("_", " and ")}: San Diego and Imperial counties`,
    ...census,
    year: Number(year.slice(-4)),
    confidence,
    caveats: `${cbpCaveats} ${extra}`.trim(),
  },
});

export const manifest: readonly ManifestEntry[] = [
  // Reference tables: the cluster definitions and the code lists that every import checks against.
  {
    key: "cmp-definitions",
    file: "us/cmp_cluster_definitions_naics2012.csv",
    format: "reference",
    source: {
      title: "U.S. Cluster Mapping cluster definitions (Delgado, Porter and Stern 2016), NAICS 2012",
      ...cmp,
      year: 2016,
      confidence: "high",
      caveats: "67 clusters (51 traded, 16 local) defined by 978 six-digit NAICS 2012 industries.",
    },
  },
  {
    key: "cmp-subclusters",
    file: "us/cmp_subclusters.csv",
    format: "reference",
    source: {
      title: "U.S. Cluster Mapping subclusters",
      ...cmp,
      year: 2016,
      confidence: "high",
      caveats: "Subcluster numbers count within their cluster; they are not global.",
    },
  },
  {
    key: "cmp-subcluster-crosswalk",
    file: "us/naics2012_to_cmp_subcluster_crosswalk.csv",
    format: "reference",
    source: {
      title: "NAICS 2012 to CMP subcluster crosswalk",
      publisher: "ACR1/industry-clusters (third party), matched by name within each cluster",
      year: null,
      url: "https://github.com/ACR1/industry-clusters",
      licence: "Third-party crosswalk",
      confidence: "cluster high, subcluster medium",
      caveats: "28 codes have no subcluster.",
    },
  },
  {
    key: "naics-2017-2012-concordance",
    file: "us/naics_2012_2017_concordance.csv",
    format: "reference",
    source: {
      title: "2017 NAICS U.S. matched to 2012 NAICS U.S.",
      publisher: "U.S. Census Bureau",
      year: 2017,
      url: "https://www.census.gov/naics/?68967",
      licence: census.licence,
      confidence: "high",
      caveats:
        "Official concordance; every NAICS 2017 industry in the shipped CBP files maps to exactly one cluster through it.",
    },
  },
  {
    key: "scian-2018",
    file: "mx/scian2018_codes_es.csv",
    format: "reference",
    source: {
      title: "Sistema de Clasificación Industrial de América del Norte, México SCIAN 2018",
      ...inegi,
      year: 2018,
      url: "https://www.inegi.org.mx/scian/",
      confidence: "high",
      caveats: "Official code list with Spanish titles.",
    },
  },
  {
    key: "scian-naics-blocks",
    file: "mx/scian2018_naics2017_concordance_DERIVED.csv",
    format: "reference",
    source: {
      title: "SCIAN 2018 → NAICS 2017 blocks (derived rule)",
      publisher: "This project, from INEGI's trilateral marks",
      year: 2018,
      url: null,
      licence: inegi.licence,
      confidence: "codes high, rule medium",
      caveats:
        "Not INEGI's official comparative table (not reachable): each SCIAN clase goes to the lowest level INEGI marks trilateral. Never match equal six-digit numbers across the border.",
    },
  },
  {
    key: "imss-municipio-catalogue",
    file: "mx/imss/imss_catalogo_entidad_municipio.csv",
    format: "reference",
    source: {
      title: "IMSS catálogo de entidades y municipios (datos abiertos «asegurados»)",
      publisher: "Instituto Mexicano del Seguro Social (IMSS)",
      year: 2023,
      url: "http://datos.imss.gob.mx/group/asegurados",
      licence: "Datos abiertos de México: free use with attribution",
      confidence: "high",
      caveats: "IMSS municipio codes are IMSS's own: Tijuana (A08, Z31) and Mexicali (A06, Z32) each have two.",
    },
  },

  // Cluster figures: U.S. Cluster Mapping 2016. California first: its rows give the U.S. totals that the
  // U.S. side's location quotients are computed against.
  {
    key: "cmp-2016-california",
    file: "us/cmp_2016_clusters_california.csv",
    format: "cmp",
    source: {
      title: "U.S. Cluster Mapping cluster indicators 2016: California",
      ...cmp,
      year: 2016,
      confidence: "high",
      caveats:
        "Employment includes CMP's imputation of suppressed cells. Also the basis of the implied U.S. cluster totals (emp_tl / cluster_emp_per_tf).",
    },
  },
  {
    key: "cmp-2016-counties",
    file: "us/cmp_2016_clusters_san_diego_imperial.csv",
    format: "cmp",
    source: {
      title: "U.S. Cluster Mapping cluster indicators 2016: San Diego and Imperial counties",
      ...cmp,
      year: 2016,
      confidence: "high",
      caveats:
        "Employment includes CMP's imputation of cells the Census suppresses (emp_reported_tl counts published cells only; 99 of 134 rows have an imputed part). A wage of 0 where every job is imputed is stored as missing. Location quotients published against the United States, within traded or local clusters. One year only.",
    },
  },
  {
    key: "cmp-2016-states",
    file: "us/cmp_2016_clusters_all_states.csv",
    format: "cmp",
    source: {
      title: "U.S. Cluster Mapping cluster indicators 2016: all 50 states",
      ...cmp,
      year: 2016,
      confidence: "high",
      caveats: "California's rows equal the California file. Ranks are among the states.",
    },
  },
  {
    key: "cmp-2016-cbsa",
    file: "us/cmp_2016_clusters_all_cbsa.csv.gz",
    format: "cmp",
    source: {
      title: "U.S. Cluster Mapping cluster indicators 2016: every metropolitan and micropolitan area (917 CBSAs)",
      ...cmp,
      year: 2016,
      confidence: "high",
      caveats:
        "381 metropolitan and 536 micropolitan areas. Ranks (*_rank_i) are among all areas of the same kind. San Diego (41740) and El Centro (20940) are single-county metros: the same area as the counties, never added to them. One year only.",
    },
  },

  // Industry figures: County Business Patterns 2017–2023 for the two counties.
  cbpEntry(
    "2017",
    "cbp-2017",
    "73 cells the Census withheld for confidentiality (written as 0 by the source, flagged emp_withheld_in_source) are stored as missing; a 2017 cluster sum that includes one is a lower bound on a different basis.",
  ),
  cbpEntry("2018_2019", "cbp-2018-2019", "Payroll not included in this extract."),
  cbpEntry("2020", "cbp-2020", "March 2020: collected at the start of the COVID-19 pandemic."),
  cbpEntry("2021", "cbp-2021", "March 2021: collected during the COVID-19 pandemic."),
  cbpEntry(
    "2022",
    "cbp-2022",
    "Published in NAICS 2022; every code in the file is also a NAICS 2017 code and is read as one. From 2022 the Census adds noise instead of withholding cells.",
  ),
  cbpEntry(
    "2023",
    "cbp-2023",
    "Published in NAICS 2022; every code in the file is also a NAICS 2017 code and is read as one.",
  ),

  // The Mexican side and Mexico.
  {
    key: "inegi-ce-national-sectors",
    file: "mx/inegi_ce_national_by_sector_2003_2023.csv",
    format: "census-sectors",
    source: {
      title: "Censos Económicos 2004–2024: total nacional por sector SCIAN",
      ...inegi,
      year: 2024,
      url: "https://www.inegi.org.mx/programas/ce/2024/",
      confidence: "high",
      caveats:
        "Reference years 2003, 2008, 2013, 2018, 2023. Sector 56 falls from 2,407,276 to 796,375 persons in 2023 after Mexico's 2021 outsourcing reform.",
    },
  },
  {
    key: "imss-permanent-2020-2021",
    file: "mx/imss_permanent_insured_bc_municipios_2020_2021_THIRDPARTY.csv",
    format: "imss-aggregate",
    source: {
      title: "IMSS permanent insured workers by Baja California municipio and division, February 2020 – January 2021",
      publisher:
        "Instituto Mexicano del Seguro Social (IMSS), open data «asegurados»; aggregated by a third party (diegomendozamz/IMSS_INEGI)",
      year: 2021,
      url: "http://datos.imss.gob.mx/group/asegurados",
      licence: "IMSS open data: free use with attribution (the third party states no licence)",
      confidence: "medium-high",
      caveats:
        "A third-party aggregate, not a raw IMSS file. Permanent workers with a wage only (tpu_sal + tpc_sal), below IMSS's published totals of all insured jobs. IMSS divisions, not SCIAN and not clusters; services add divisions 8 and 9. An empty cell is missing, not zero. Isla de Cedros (Y35) is shown apart from Ensenada; San Quintín (Z47) is absent. One pandemic year.",
    },
  },
  {
    key: "inegi-denue-bc-251plus",
    file: "mx/inegi_denue_bc_establishments_251plus.csv",
    format: "denue",
    source: {
      title: "DENUE: Baja California establishments with 251 or more workers",
      ...inegi,
      year: null,
      url: "https://www.inegi.org.mx/app/mapa/denue/",
      confidence: "high for what it holds, partial by design (one size band)",
      caveats:
        "Vintage not stated (San Quintín exists as a municipio, so 2021 or later). 641 rows, 637 distinct establishments (4 exact repeats counted once). Counts of large establishments, not employment: 251 × the count is a lower bound on the people they employ.",
    },
  },

  // The mega-region as a whole: published figures, each with its own citation.
  {
    key: "published-figures",
    file: "binational/calibaja_published_figures.csv",
    format: "facts",
    source: {
      title: "Published figures about the CaliBaja mega-region (compiled)",
      publisher: "Compiled by this project from the studies each figure cites",
      year: 2024,
      url: null,
      licence: quoted,
      confidence: "per figure",
      caveats:
        "Different studies use different regions, years and benchmarks: never comparable in one chart. Values keep the publishers' qualifiers (>, ~, million).",
    },
  },
  {
    key: "jwb-2014-table1",
    file: "binational/jobs_without_borders_demographics_2010.csv",
    format: "facts-table",
    year: 2010,
    source: {
      title:
        "Jobs Without Borders: Employment, Industry Concentration, and Comparative Advantage in the CaliBaja Region (2014), Table 1",
      publisher:
        "UC San Diego Center for U.S.-Mexican Studies, El Colegio de la Frontera Norte and the CaliBaja Mega-Region Initiative",
      year: 2014,
      url: null,
      licence: quoted,
      confidence: "high",
      caveats: "General demographic statistics for 2010.",
    },
  },
  {
    key: "cbc-2015-top10",
    file: "binational/top10_industries_to_cmp_clusters_DERIVED.csv",
    format: "ranking",
    source: {
      title: "Competitive Border Communities: the ten most concentrated industries of the CaliBaja mega-region",
      publisher:
        "Wilson Center Mexico Institute and North American Research Partnership (quoted by TECMA, “CaliBaja Mega Region”)",
      year: 2015,
      url: "https://www.tecma.com/calibaja-mega-region/",
      licence: quoted,
      confidence: "medium-high (secondary quotation)",
      caveats:
        "A ranking without values: the report's employment and LQ figures were not reachable. Industries are NAICS 4-digit, joined here to their NAICS 2012 six-digit members and CMP clusters.",
    },
  },

  {
    key: "peer-sets",
    file: "peers/peer_sets.csv",
    format: "peer-sets",
    source: {
      title:
        "CaliBaja Cluster Dashboard peer sets: U.S.–Mexico border metros, California metros, most similar to San Diego",
      publisher: "CaliBaja Cluster Dashboard (compiled from the U.S. Cluster Mapping Project's metro areas)",
      year: 2016,
      url: null,
      licence: "Part of this project",
      confidence: "high (lists of region codes; the similar set is computed from the data)",
      caveats:
        "Border metros: the U.S. metropolitan and micropolitan areas that touch the Mexican border, in CMP's 2013 delineations. California metros: every metropolitan area in California. The similar set is computed when used: cosine similarity of traded-cluster employment.",
    },
  },

  // Shipped for the record or read by a page; nothing stored from them.
  ...documents(),
];

function documents(): ManifestEntry[] {
  const document = (file: string, title: string, publisher: string, caveats: string): ManifestEntry => ({
    key: `document:${file}`,
    file,
    format: "document",
    source: {
      title,
      publisher,
      year: null,
      url: null,
      licence: "As the source states",
      confidence: "see PROVENANCE.md",
      caveats,
    },
  });
  return [
    document(
      "PROVENANCE.md",
      "Where every shipped number came from",
      "This project",
      "The provenance of every file in prisma/data.",
    ),
    document(
      "us/naics2017_codes_not_in_cmp_definitions_DERIVED.csv",
      "NAICS 2017 codes absent from the cluster definitions",
      "This project",
      "A record of the check; the seed derives the same assignment from the concordance.",
    ),
    document(
      "us/naics2017_codes_to_cmp_cluster_DERIVED.csv",
      "NAICS 2017 codes to CMP clusters through the concordance",
      "This project",
      "A record of the check; the seed derives the same assignment from the concordance.",
    ),
    document(
      "us/cbp_county_file_layout_reference_THIRDPARTY.csv",
      "CBP county file layouts",
      "Third-party transcriptions",
      "Read by the cbp-county import format's documentation.",
    ),
    document(
      "binational/calibaja_top10_concentrated_industries_2015.csv",
      "The binational top 10 as quoted by TECMA",
      "TECMA",
      "The ranking as published; its ranks and names are repeated in the DERIVED file that is loaded.",
    ),
    document(
      "mx/inegi_saic_tamaulipas_municipios_2003_2023.csv",
      "INEGI SAIC export for Tamaulipas (format reference)",
      inegi.publisher,
      "A real SAIC export kept as the format reference and test fixture; not Baja California, not loaded.",
    ),
    document(
      "mx/imss_permanent_insured_aggregation_THIRDPARTY.do.txt",
      "The third party's Stata code that built the IMSS aggregate",
      "diegomendozamz/IMSS_INEGI",
      "Documents how the aggregate was built.",
    ),
    ...[
      "imss_asegurados_diccionario_de_datos_1.xlsx",
      "imss_asegurados_ejemplo_archivo.csv",
      "imss_asegurados_layout.csv",
      "imss_catalogo_delegacion_subdelegacion.csv",
      "imss_catalogo_sector_economico_1.csv",
      "imss_catalogo_sector_economico_2.csv",
      "imss_catalogo_sector_economico_4.csv",
      "imss_catalogos_tamano_sexo_edad_salario_uma.csv",
    ].map((name) =>
      document(
        `mx/imss/${name}`,
        `IMSS open-data dictionary: ${name}`,
        "Instituto Mexicano del Seguro Social (IMSS)",
        "The layout and catalogues of IMSS's monthly files, read by the imss import format.",
      ),
    ),
    ...[
      "2012_to_2017_NAICS.xlsx",
      "2017_to_2012_NAICS.xlsx",
      "scian_2018_categorias_y_productos.xlsx",
      "tablaxiii.xls",
      "tablaxiv.xls",
    ].map((name) =>
      document(
        `sources/${name}`,
        `Original spreadsheet ${name}`,
        name.includes("NAICS") ? "U.S. Census Bureau" : inegi.publisher,
        "The original from which a shipped CSV was extracted.",
      ),
    ),
    document(
      "geo/mx_baja_california_municipios_2021.geojson",
      "Baja California municipios 2021 (geometry)",
      "INEGI / CONABIO, via PhantomInsights/mexico-geojson (MIT)",
      "San Quintín (2020) and San Felipe (2021) were carved out of Ensenada: earlier data refer to the larger Ensenada.",
    ),
    document(
      "geo/mx_baja_california_municipios_2021_LICENSE_MIT.txt",
      "Licence of the municipio geometry",
      "PhantomInsights/mexico-geojson",
      "MIT licence.",
    ),
    document(
      "geo/us_mx_ports_of_entry_california_DERIVED.csv",
      "California–Baja California land ports of entry",
      "Bureau of Transportation Statistics, Border Crossing Entry Data",
      "BTS gives Calexico West the same point as Calexico East.",
    ),
  ];
}

/** Entries whose rows the seed loads, in load order. */
export const importedEntries = manifest.filter(
  (entry): entry is ManifestEntry & { format: ImportFormat } =>
    entry.format !== "reference" && entry.format !== "document",
);
export const referenceEntries = manifest.filter((entry) => entry.format === "reference");
