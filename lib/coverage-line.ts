import "server-only";
import { getTranslations } from "next-intl/server";
import { isFilledIn } from "./calculations/filled-in";
import { shortSourceNames } from "./format";
import type { RankedCluster } from "./queries/cluster-ranking";

/**
 * What a chart's numbers cover, in words: geography, year, source, benchmark and how employment
 * was counted. Built from the rows themselves, so a chart can never claim a source it does not use.
 */
export async function describeRankingCoverage(rows: RankedCluster[], regionName: string, year: number) {
  const t = await getTranslations("coverage");
  const sources = [...new Set(rows.map((row) => `${row.sourcePublisher.split(",")[0]}: ${row.sourceTitle}`))].join(
    "; ",
  );
  const line = t("line", { region: regionName, year, sources: sources || "—" });
  const lqRows = rows.filter((row) => row.locationQuotient !== null);
  const lqNote = !lqRows.length
    ? ""
    : lqRows.every((row) => row.lqBenchmarkCode === "MX")
      ? t("lqMx")
      : t("lqUs", { how: lqRows.every((row) => row.lqPublished) ? t("lqHowPublished") : t("lqHowComputed") });
  const notes: string[] = [];
  if (rows.some(isFilledIn)) notes.push(t("basisCmp"));
  const isInegi = (row: RankedCluster) => /INEGI|Instituto Nacional de Estad/.test(row.sourcePublisher);
  if (rows.some((row) => row.employmentIsLowerBound && !isInegi(row))) notes.push(t("basisCbp"));
  if (rows.some((row) => row.employmentIsLowerBound && isInegi(row))) notes.push(t("basisInegi"));
  if (rows.some((row) => row.pandemicFlag)) notes.push(t("pandemic", { year }));
  const short = t("short", {
    year,
    source: shortSourceNames(rows) || "—",
  });
  return { lq: `${line} ${lqNote}`.trim(), employment: line, short, notes };
}
