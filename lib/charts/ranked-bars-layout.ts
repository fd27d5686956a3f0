import type { RankedBar, ReferenceMark } from "./bars";
import { roundTicks } from "./ticks";

/** Where the ranked bars' parts go: read by the HTML first paint and by the SVG chart that replaces it. */
export type RankedBarsLayout = {
  width: number;
  height: number;
  fontSize: number;
  smallFont: number;
  barHeight: number;
  labelsAbove: boolean;
  twoLines: boolean;
  labelCharacters: number;
  labelColumnWidth: number;
  labelColumnCharacters: number;
  valueLabelRoom: number;
  ticks: number[];
  topMargin: number;
  referenceRow: number;
};

/**
 * The ranked bars laid out for a box: its width decides whether labels sit beside or above the bars;
 * in "fill" mode (slides) the chart takes the box's height, otherwise the number of bars decides.
 */
export function rankedBarsLayout({
  bars,
  references,
  box,
  fontSize,
  barHeight,
  fill,
}: {
  bars: RankedBar[];
  references: ReferenceMark[];
  box: { width: number; height: number };
  fontSize: number;
  barHeight: number;
  fill: boolean;
}): RankedBarsLayout {
  const width = Math.max(box.width, 200);
  // On a phone a label column would squeeze the bars to slivers: each label goes on its own line above its
  // bar, across the full width. The second line (sublabel) stays off; the legend carries the same words.
  const labelsAbove = width < 560;
  // Nothing under 12 px: ticks and value labels stay readable on a phone and from the back of a room.
  const smallFont = Math.max(12, fontSize * 0.95);
  const twoLines = !labelsAbove && bars.some((bar) => bar.sublabel);
  const rowHeight = labelsAbove ? barHeight + fontSize * 2 : twoLines ? Math.max(barHeight, fontSize * 2.9) : barHeight;
  const labelCharacters = Math.floor((width - 16) / (fontSize * 0.58));
  const longestLabel = Math.max(
    ...bars.map((bar) => Math.max(bar.label.length, twoLines ? (bar.sublabel?.length ?? 0) * 0.85 : 0)),
    10,
  );
  // Room right of the longest bar for its value label ("≥ 194,402"), which must not be cut.
  const valueLabelRoom = Math.max(48, ...bars.map((bar) => bar.valueLabel.length * fontSize * 0.62 + 10));
  const labelColumnWidth = Math.min(fontSize * 28, width * 0.42, longestLabel * fontSize * 0.53 + 12);
  const labelColumnCharacters = Math.floor((labelColumnWidth - 10) / (fontSize * 0.6));
  const maxValue = Math.max(...bars.map((bar) => bar.value), ...references.map((mark) => mark.value), 0);
  // Fewer ticks where a phone leaves little room for their labels.
  const ticks = roundTicks(maxValue, width < 480 ? 3 : 5);
  // Reference labels stack in rows above the plot: two thresholds close together never overlap each
  // other, a bar or a value label.
  const referenceRow = fontSize * 1.15;
  const topMargin = 24 + Math.max(0, references.length - 1) * referenceRow;
  const naturalHeight = Math.max(160, bars.length * rowHeight + 70 + fontSize * 2 + topMargin - 24);
  return {
    width,
    height: fill ? Math.max(box.height, 160) : naturalHeight,
    fontSize,
    smallFont,
    barHeight,
    labelsAbove,
    twoLines,
    labelCharacters,
    labelColumnWidth,
    labelColumnCharacters,
    valueLabelRoom,
    ticks,
    topMargin,
    referenceRow,
  };
}
