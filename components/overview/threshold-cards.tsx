"use client";

import { useLocale, useTranslations } from "next-intl";
import { countAtOrAbove } from "@/lib/calculations/ranking";
import { formatters } from "@/lib/format";
import type { RankedCluster } from "@/lib/queries/cluster-ranking";
import type { Locale } from "@/i18n/routing";
import { useViewParams, type ViewParams } from "./use-view-params";

/**
 * Headline counts of the region's clusters at or above each threshold in the year shown; they follow
 * the thresholds in the URL. Where the figures are lower bounds, so are the counts ("at least").
 */
export function ThresholdCards({ rows, year, filters }: { rows: RankedCluster[]; year: number; filters: ViewParams }) {
  const locale = useLocale() as Locale;
  const t = useTranslations("overview");
  const format = formatters(locale);
  const [view] = useViewParams(filters);
  const counts = countAtOrAbove(rows, [view.t1, view.t2]);
  const lowerBound = rows.some((row) => row.employmentIsLowerBound);
  return [view.t1, view.t2].map((threshold, index) => (
    <div className="stat-card" key={index} data-testid={`threshold-count-${index + 1}`}>
      <p className="stat-label">{t("clustersAtThreshold", { threshold: format.integer(threshold) })}</p>
      <p className="stat-value">{`${lowerBound ? "≥ " : ""}${format.integer(counts[index] ?? 0)}`}</p>
      <p className="stat-note">{t("inYear", { year })}</p>
    </div>
  ));
}
