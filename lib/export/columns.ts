/** CSV column names per language, with units in the names. */
const columns = {
  rank: ["rank", "lugar"],
  region_code: ["region_code", "codigo_region"],
  region_name: ["region_name", "nombre_region"],
  year: ["year", "anio"],
  cluster_code: ["cluster_code", "codigo_cluster"],
  cluster_name: ["cluster_name", "nombre_cluster"],
  cluster_type: ["cluster_type", "tipo_cluster"],
  location_quotient: ["location_quotient", "cociente_localizacion"],
  lq_benchmark: ["lq_benchmark", "referencia_cl"],
  lq_method: ["lq_method", "metodo_cl"],
  employment_jobs: ["employment_jobs", "empleo_empleos"],
  employment_is_lower_bound: ["employment_is_lower_bound", "empleo_es_cota_inferior"],
  employment_reported_jobs: ["employment_published_cells_jobs", "empleo_celdas_publicadas_empleos"],
  employment_filled_in_jobs: ["employment_filled_in_jobs", "empleo_estimado_empleos"],
  establishments: ["establishments", "establecimientos"],
  payroll_thousand_usd: ["annual_payroll_thousand_usd", "nomina_anual_miles_usd"],
  average_wage_usd: ["average_wage_usd", "salario_promedio_usd"],
  pandemic_year: ["covid19_reference_month", "mes_de_referencia_covid19"],
  min_jobs_for_lq_ranking: ["min_jobs_for_lq_ranking", "empleos_minimos_para_orden_por_cl"],
  threshold_1_jobs: ["threshold_1_jobs", "umbral_1_empleos"],
  threshold_2_jobs: ["threshold_2_jobs", "umbral_2_empleos"],
  clears_threshold_1: ["clears_threshold_1", "supera_umbral_1"],
  clears_threshold_2: ["clears_threshold_2", "supera_umbral_2"],
  change_jobs: ["change_since_previous_jobs", "cambio_desde_anterior_empleos"],
  series_break_before: ["series_break_before", "quiebre_de_serie_antes"],
  naics_code: ["naics_code", "codigo_naics"],
  industry_name: ["industry_name_as_published", "industria_segun_publicacion"],
  value_as_stated: ["value_as_stated", "valor_segun_publicacion"],
  y_value: ["y_value", "valor_y"],
  y_measure: ["y_measure", "medida_y"],
  record_type: ["record_type", "tipo_de_registro"],
  industry_system: ["industry_classification", "clasificacion_industrial"],
  industry_code: ["industry_code", "codigo_industria"],
  industry_title: ["industry_title", "titulo_industria"],
  value_added_million_mxn: ["value_added_million_mxn", "valor_agregado_millones_mxn"],
  month: ["month", "mes"],
  imss_division_code: ["imss_division_code", "codigo_division_imss"],
  imss_division_name: ["imss_division_name", "nombre_division_imss"],
  measure: ["measure", "medida"],
  value: ["value", "valor"],
  insured_persons: ["insured_persons", "asegurados"],
  withheld: ["withheld_confidential", "reservado_confidencial"],
  withheld_cells: ["industry_cells_withheld_by_source", "celdas_de_industria_reservadas_por_la_fuente"],
  side: ["side_of_border", "lado_de_la_frontera"],
  reference_period: ["reference_period", "periodo_de_referencia"],
  count_establishments: ["large_establishments", "establecimientos_grandes"],
  count_establishments_shared: ["large_establishments_in_activities_shared_with_other_clusters", "establecimientos_grandes_en_actividades_compartidas_con_otros_clusteres"],
  size_band: ["size_band_as_published", "estrato_segun_publicacion"],
  scian_code: ["scian_code", "codigo_scian"],
  activity_name: ["activity_as_published", "actividad_segun_publicacion"],
  locality_name: ["locality", "localidad"],
  cluster_note: ["cluster_assignment", "asignacion_a_cluster"],
  us_side_lq: ["us_side_location_quotient", "cociente_localizacion_lado_estadounidense"],
  us_side_jobs: ["us_side_employment_jobs", "empleo_lado_estadounidense_empleos"],
  strong_on_both: ["strong_on_both_sides", "fuerte_en_ambos_lados"],
  topic: ["topic", "tema"],
  geography: ["geography_as_published", "geografia_segun_publicacion"],
  scope: ["scope_as_published", "alcance_segun_publicacion"],
  metric: ["metric_as_published", "medida_segun_publicacion"],
  unit: ["unit", "unidad"],
  bound: ["bound", "cota"],
  value_number: ["value_number", "valor_numerico"],
  source: ["source", "fuente"],
  source_publisher: ["source_publisher", "editor_fuente"],
  source_url: ["source_url", "url_fuente"],
  derivation: ["derivation", "derivacion"],
} as const;

export type ColumnKey = keyof typeof columns;
export type ExportLanguage = "en" | "es";

export function header(keys: readonly ColumnKey[], lang: ExportLanguage): string[] {
  return keys.map((key) => columns[key][lang === "es" ? 1 : 0]);
}

const terms = {
  traded: ["traded", "comerciable"],
  local: ["local", "local"],
  published: ["published by source", "publicado por la fuente"],
  computed: ["computed by this dashboard", "calculado por este tablero"],
  US: ["United States", "Estados Unidos"],
} as const;

export function term(key: keyof typeof terms, lang: ExportLanguage): string {
  return terms[key][lang === "es" ? 1 : 0];
}
