import path from "node:path";
import { ImportError, ProblemList, SkipCounter } from "../problems";
import type { ImportReference } from "../reference";
import { numberCell, readTable } from "../table";
import type { ParseOptions, ParsedImport, RankingFigure } from "../types";

const required = [
  "concentration_rank",
  "industry_name_as_stated",
  "naics4",
  "naics2012_code",
  "uscmp_cluster_code",
  "uscmp_subcluster_code",
] as const;

/**
 * A published ranking of industries with no values (the binational top 10), one row per NAICS 2012
 * six-digit member of each ranked industry with its CMP cluster and subcluster.
 */
export async function parseRanking(
  filePath: string,
  reference: ImportReference,
  options: ParseOptions,
): Promise<ParsedImport> {
  const fileName = path.basename(filePath);
  const problems = new ProblemList(fileName);
  const rankings = new Map<string, RankingFigure>();
  const members = new Map<string, number>();
  let rowsRead = 0;
  for await (const row of readTable(filePath, {
    encoding: "utf-8",
    encodingHint: "Save the file as UTF-8.",
    delimiter: ",",
    required,
    problems,
    onProgress: options.onProgress,
  })) {
    rowsRead += 1;
    const rank = numberCell(row, "concentration_rank", problems, "count");
    const clusterCode = numberCell(row, "uscmp_cluster_code", problems, "count");
    const subclusterNumber = numberCell(row, "uscmp_subcluster_code", problems, "count");
    const naics4 = row.get("naics4");
    const naics2012Code = row.get("naics2012_code");
    if (!/^\d{4}$/.test(naics4)) problems.cell(row.line, "naics4", naics4, "is not a four-digit NAICS code");
    if (!reference.clusterOfNaics2012.has(naics2012Code))
      problems.cell(
        row.line,
        "naics2012_code",
        naics2012Code,
        "is not a NAICS 2012 industry of the cluster definitions",
      );
    else if (clusterCode && reference.clusterOfNaics2012.get(naics2012Code) !== clusterCode) {
      problems.cell(
        row.line,
        "uscmp_cluster_code",
        String(clusterCode),
        `is not the cluster of NAICS 2012 ${naics2012Code} (${reference.clusterOfNaics2012.get(naics2012Code)})`,
      );
    }
    if (rank === undefined || clusterCode === undefined || subclusterNumber === undefined) continue;
    if (rank === null || rank < 1) {
      problems.cell(row.line, "concentration_rank", row.get("concentration_rank"), "is not a rank (1 or more)");
      continue;
    }
    if (clusterCode === null) {
      problems.cell(row.line, "uscmp_cluster_code", "", "is empty");
      continue;
    }
    const key = `${rank}|${naics4}`;
    const duplicateOf = members.get(`${key}|${naics2012Code}`);
    if (duplicateOf !== undefined) {
      problems.add(row.line, `duplicate of line ${duplicateOf}: rank ${rank}, NAICS ${naics2012Code} appears twice`);
      continue;
    }
    members.set(`${key}|${naics2012Code}`, row.line);
    const ranking = rankings.get(key) ?? {
      rank,
      naicsCode: naics4,
      nameAsStated: row.get("industry_name_as_stated"),
      members: [],
    };
    ranking.members.push({ naics2012Code, clusterCode, subclusterNumber });
    rankings.set(key, ranking);
  }
  problems.throwIfAny();
  if (rankings.size === 0) throw new ImportError(`${fileName}: the file has a header but no ranked industries`);
  return {
    format: "ranking",
    fileName,
    source: {
      title: `Ranking of industries: ${fileName}`,
      publisher: "Not stated in the file",
      year: null,
      url: null,
      licence: null,
      notes: "A ranking without values.",
    },
    newRegions: [],
    industries: [],
    clusters: [],
    insured: [],
    rankings: [...rankings.values()].sort((a, b) => a.rank - b.rank),
    rowsRead,
    skipped: new SkipCounter(),
    notes: [`${rankings.size} ranked industries, ${members.size} NAICS 2012 members.`],
  };
}
