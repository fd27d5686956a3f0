import path from "node:path";
import { ImportError, ProblemList, SkipCounter } from "../problems";
import type { ImportReference } from "../reference";
import { DuplicateCheck, numberCell, readTable } from "../table";
import { noCmpExtras, type ClusterFigure, type IndustryFigure, type ParseOptions, type ParsedImport } from "../types";

export const tidyColumns = [
  "region_code",
  "cluster_code",
  "industry_system",
  "industry_code",
  "year",
  "employment",
  "establishments",
  "employment_is_lower_bound",
  "source_title",
  "source_publisher",
  "source_url",
] as const;

const required = [
  "region_code",
  "cluster_code",
  "industry_system",
  "industry_code",
  "year",
  "employment",
  "source_title",
  "source_url",
];
const systems = ["NAICS2012", "NAICS2017", "SCIAN2018"] as const;

/**
 * The project's own tidy CSV, for any other source: one figure per row for a region, a cluster or an
 * industry, and a year. One file is one source (title and URL on every row, all the same).
 */
export async function parseTidy(
  filePath: string,
  reference: ImportReference,
  options: ParseOptions,
): Promise<ParsedImport> {
  const fileName = path.basename(filePath);
  const problems = new ProblemList(fileName);
  const skipped = new SkipCounter();
  const duplicates = new DuplicateCheck(problems);
  const clusters: ClusterFigure[] = [];
  const industries: IndustryFigure[] = [];
  let source: { title: string; publisher: string; url: string; line: number } | null = null;
  let rowsRead = 0;
  const rows = readTable(filePath, {
    encoding: "utf-8",
    encodingHint: "Save the tidy CSV as UTF-8.",
    delimiter: ",",
    required,
    problems,
    onProgress: options.onProgress,
  });
  for await (const row of rows) {
    rowsRead += 1;
    const regionCode = row.get("region_code");
    if (!reference.regions.has(regionCode))
      problems.cell(
        row.line,
        "region_code",
        regionCode,
        "is not a region code of the dashboard (e.g. 06073, 02004, us-side)",
      );
    const year = numberCell(row, "year", problems, "year");
    if (year === null) problems.cell(row.line, "year", "", "is empty");
    const employment = numberCell(row, "employment", problems, "count");
    const establishments = row.has("establishments") ? numberCell(row, "establishments", problems, "count") : null;
    const lowerBoundCell = row.has("employment_is_lower_bound")
      ? row.get("employment_is_lower_bound").toLowerCase()
      : "";
    if (!["", "true", "false"].includes(lowerBoundCell))
      problems.cell(
        row.line,
        "employment_is_lower_bound",
        row.get("employment_is_lower_bound"),
        'is not "true" or "false"',
      );
    const title = row.get("source_title");
    const url = row.get("source_url");
    const publisher = row.has("source_publisher") ? row.get("source_publisher") : "";
    if (title === "") problems.cell(row.line, "source_title", title, "is empty: every figure needs its source");
    if (!/^https?:\/\/\S+$/.test(url))
      problems.cell(row.line, "source_url", url, "is not a web address (http:// or https://)");
    if (!source) source = { title, publisher, url, line: row.line };
    else if (source.title !== title || source.url !== url) {
      problems.cell(
        row.line,
        source.title !== title ? "source_title" : "source_url",
        source.title !== title ? title : url,
        `differs from line ${source.line}: one file holds one source`,
      );
    }

    const clusterCell = row.get("cluster_code");
    const industryCell = row.get("industry_code");
    const systemCell = row.get("industry_system");
    if ((clusterCell === "") === (industryCell === "")) {
      problems.add(row.line, "give either cluster_code or industry_system and industry_code, not both and not neither");
      continue;
    }
    if (
      year === undefined ||
      year === null ||
      employment === undefined ||
      establishments === undefined ||
      !reference.regions.has(regionCode)
    )
      continue;
    if (clusterCell !== "") {
      const clusterCode = /^\d+$/.test(clusterCell) ? Number(clusterCell) : NaN;
      if (!reference.clusters.has(clusterCode)) {
        problems.cell(row.line, "cluster_code", clusterCell, "is not a CMP cluster code (see /clusters)");
        continue;
      }
      if (
        !duplicates.check(
          row.line,
          `c|${regionCode}|${clusterCode}|${year}`,
          `region ${regionCode}, cluster ${clusterCode}, year ${year}`,
        )
      )
        continue;
      const lowerBound = lowerBoundCell === "true";
      clusters.push({
        ...noCmpExtras,
        line: row.line,
        regionCode,
        clusterCode,
        year,
        basis: lowerBound ? "published_cells_sum" : "published_total",
        employment,
        employmentReported: employment,
        employmentIsLowerBound: lowerBound,
        establishments,
        payrollThousandUsd: null,
        averageWageUsd: null,
        locationQuotient: null,
        lqBenchmarkCode: null,
        lqPublished: false,
        pandemicFlag: false,
        derivation: null,
        derivationEs: null,
      });
      continue;
    }
    const system = systems.find((name) => name === systemCell);
    if (!system) {
      problems.cell(row.line, "industry_system", systemCell, `is not one of ${systems.join(", ")}`);
      continue;
    }
    if (!reference.isIndustryCode(system, industryCell)) {
      problems.cell(row.line, "industry_code", industryCell, `is not a ${system} code`);
      continue;
    }
    if (
      !duplicates.check(
        row.line,
        `i|${regionCode}|${system}|${industryCell}|${year}`,
        `region ${regionCode}, ${system} ${industryCell}, year ${year}`,
      )
    )
      continue;
    industries.push({
      line: row.line,
      regionCode,
      system,
      code: industryCell,
      year,
      employment,
      establishments,
      payrollThousandUsd: null,
      valueAddedMillionMxn: null,
      withheld: employment === null,
      pandemicFlag: false,
    });
  }
  problems.throwIfAny();
  if (!source) throw new ImportError(`${fileName}: the file has a header but no data rows`);
  const years = [...new Set([...clusters, ...industries].map((row) => row.year))].sort();
  return {
    format: "tidy",
    fileName,
    source: {
      title: source.title,
      publisher: source.publisher || source.title,
      year: years.at(-1) ?? null,
      url: source.url,
      licence: null,
      notes: `Imported from ${fileName} (tidy CSV).`,
    },
    newRegions: [],
    industries,
    clusters,
    insured: [],
    rowsRead,
    skipped,
    notes: [],
  };
}
