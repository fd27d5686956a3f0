import type { Locale } from "../../i18n/routing";
import { formatters } from "../format";
import type { RankedBar } from "./bars";
import { chartColors } from "./colors";

export type PublishedChartFact = {
  key: string;
  scope: string;
  metric: string;
  valueAsStated: string;
  valueNumber: number | null;
  bound: string;
  yearAsStated: string;
  benchmark: string | null;
  study: string | null;
  sourceTitle: string;
};

/**
 * A study's figures as bars, in the order the study ranks them: a lower bound keeps its "≥" (the
 * bar is drawn at the bound); the axis names the unit (an output figure is in billions of dollars as stated).
 */
export function publishedBars(
  chart: "lq" | "output",
  facts: readonly PublishedChartFact[],
  locale: Locale,
): RankedBar[] {
  const format = formatters(locale);
  return facts
    .filter((fact) => fact.valueNumber !== null)
    .map((fact) => ({
      key: fact.key,
      label: fact.scope,
      value: fact.valueNumber!,
      valueLabel: `${fact.bound === "lower" ? "≥ " : ""}${format.decimal(fact.valueNumber)}`,
      color: chartColors.traded,
    }));
}
