import PptxGenJS from "pptxgenjs";
import type { Slide } from "./slides";
import { chartColors } from "../charts/colors";
import type { Bubble } from "../charts/bars";
import { slideBarLimit } from "../deck";

/** Words the PowerPoint file writes that no slide carries (the deck's language). */
export type PptxLabels = {
  references: string;
  truncated: (shown: number, total: number) => string;
  missing: string;
  traded: string;
  local: string;
};

// LAYOUT_WIDE is 13.33 × 7.5 inches (16:9); positions below are in inches.
const slideWidth = 13.33;
const margin = 0.5;
const contentWidth = slideWidth - 2 * margin;
const font = "Arial";
const ink = "1A1A1A";
const muted = "4D4D4D";
// A point on a 7.5-inch slide shown at 1080 px is 2 px: 12 pt and up stays above 18 px at 1080p.
const sizes = { title: 28, takeaway: 18, subtitle: 14, axis: 12, source: 12 } as const;

const hex = (color: string) => color.replace(/^#/, "").toUpperCase();

/**
 * The deck as a PowerPoint file: one slide per chart, each chart native (its numbers are in the file and
 * PowerPoint edits them), with its title, takeaway and source line; the takeaway and source are also in the
 * speaker notes.
 */
export async function deckToPptx(slides: Slide[], labels: PptxLabels): Promise<Buffer> {
  const pptx = new PptxGenJS();
  pptx.layout = "LAYOUT_WIDE";
  pptx.title = slides[0]?.title ?? "";
  pptx.company = "CaliBaja Cluster Dashboard";
  for (const slide of slides) addSlide(pptx, slide, labels);
  return (await pptx.write({ outputType: "nodebuffer" })) as Buffer;
}

function addSlide(pptx: PptxGenJS, slide: Slide, labels: PptxLabels): void {
  const page = pptx.addSlide();
  if (slide.kind === "title") {
    page.addText(slide.title, {
      x: margin,
      y: 2.2,
      w: contentWidth,
      h: 1.2,
      fontSize: 40,
      bold: true,
      fontFace: font,
      color: ink,
    });
    page.addText(slide.subtitle, {
      x: margin,
      y: 3.5,
      w: contentWidth,
      h: 0.6,
      fontSize: 20,
      fontFace: font,
      color: muted,
    });
    page.addText(slide.note, {
      x: margin,
      y: 6.3,
      w: contentWidth,
      h: 0.7,
      fontSize: sizes.source,
      fontFace: font,
      color: muted,
    });
    return;
  }
  const heading = slide.customTitle ?? slide.title;
  page.addText(heading, {
    x: margin,
    y: 0.3,
    w: contentWidth,
    h: 0.7,
    fontSize: sizes.title,
    bold: true,
    fontFace: font,
    color: ink,
    fit: "shrink",
  });
  let top = 1.0;
  if (slide.customTitle) {
    page.addText(slide.title, {
      x: margin,
      y: top,
      w: contentWidth,
      h: 0.35,
      fontSize: sizes.subtitle,
      fontFace: font,
      color: muted,
    });
    top += 0.35;
  }
  page.addText(slide.takeaway, {
    x: margin,
    y: top,
    w: contentWidth,
    h: 0.7,
    fontSize: sizes.takeaway,
    fontFace: font,
    color: ink,
  });
  top += 0.8;
  const chartBox = { x: margin, y: top, w: contentWidth, h: 6.55 - top };

  const sourceParts: string[] = [];
  if (slide.kind === "bars") {
    if (slide.legend.length) {
      page.addText(
        slide.legend.flatMap((item, index) => [
          { text: `${index ? "    " : ""}■ `, options: { color: hex(item.color) } },
          { text: item.label, options: { color: ink } },
        ]),
        { x: margin, y: chartBox.y, w: contentWidth, h: 0.35, fontSize: sizes.axis, fontFace: font },
      );
      chartBox.y += 0.35;
      chartBox.h -= 0.35;
    }
    const bars = slide.bars.slice(0, slideBarLimit);
    if (slide.bars.length > bars.length) sourceParts.push(labels.truncated(bars.length, slide.bars.length));
    page.addChart(
      pptx.ChartType.bar,
      [
        {
          name: slide.axisLabel,
          labels: bars.map((bar) => bar.label),
          values: bars.map((bar) => (bar.missing ? null : bar.value)) as number[],
        },
      ],
      {
        ...chartBox,
        barDir: "bar",
        // The ranking reads top-down, as on screen.
        // (pptxgenjs writes "maxMin" as given; its type lists only the default.)
        catAxisOrientation: "maxMin" as "minMax",
        chartColors: bars.map((bar) => hex(bar.color)),
        showValue: true,
        dataLabelFormatCode: numberFormat(bars.map((bar) => bar.value)),
        valAxisLabelFormatCode: axisFormat(bars.map((bar) => bar.value)),
        dataLabelFontSize: sizes.axis,
        catAxisLabelFontSize: sizes.axis,
        valAxisLabelFontSize: sizes.axis,
        valAxisMinVal: 0,
        showValAxisTitle: true,
        valAxisTitle: slide.axisLabel,
        valAxisTitleFontSize: sizes.axis,
        valGridLine: { style: "none" },
      },
    );
    if (slide.references.length)
      sourceParts.push(`${labels.references}: ${slide.references.map((mark) => mark.label).join("; ")}`);
  } else if (slide.kind === "lines") {
    const xs = [...new Set(slide.series.flatMap((line) => line.points.map((point) => point.x)))].sort();
    page.addChart(
      pptx.ChartType.line,
      slide.series.map((line) => {
        const byX = new Map(line.points.map((point) => [point.x, point.value]));
        // A month or year without a figure stays empty (a gap), never 0.
        return { name: line.label, labels: xs, values: xs.map((x) => byX.get(x) ?? null) as number[] };
      }),
      {
        ...chartBox,
        chartColors: slide.series.map((line) => hex(line.color)),
        showLegend: true,
        legendPos: "b",
        legendFontSize: sizes.axis,
        catAxisLabelFontSize: sizes.axis,
        valAxisLabelFontSize: sizes.axis,
        showValAxisTitle: true,
        valAxisTitle: slide.axisLabel,
        valAxisTitleFontSize: sizes.axis,
        lineDataSymbol: "none",
        valAxisLabelFormatCode: "#,##0",
        displayBlanksAs: "gap",
      },
    );
    if (slide.shaded.length)
      sourceParts.push(slide.shaded.map((span) => `${span.label}: ${span.from}–${span.to}`).join("; "));
  } else if (slide.kind === "bubbles") {
    const bubbles = slide.bubbles;
    const colorOf = (bubble: Bubble) => bubble.color ?? (bubble.traded ? chartColors.traded : chartColors.local);
    // One series per legend entry (traded / local, or strong on both sides / one side), over one x column:
    // a bubble's y and size sit in its own series and stay empty in the others.
    const groups = slide.legend.length ? slide.legend : [{ label: slide.yLabel, color: colorOf(bubbles[0]!) }];
    const inGroup = (bubble: Bubble, color: string) => !slide.legend.length || colorOf(bubble) === color;
    page.addChart(
      pptx.ChartType.bubble,
      [
        { name: slide.xLabel, values: bubbles.map((bubble) => bubble.x) },
        ...groups.map((group) => ({
          name: group.label,
          values: bubbles.map((bubble) => (inGroup(bubble, group.color) ? bubble.y : null)) as number[],
          sizes: bubbles.map((bubble) => (inGroup(bubble, group.color) ? bubble.size : null)) as number[],
        })),
      ],
      {
        ...chartBox,
        chartColors: groups.map((group) => hex(group.color)),
        showLegend: true,
        legendPos: "b",
        legendFontSize: sizes.axis,
        catAxisLabelFontSize: sizes.axis,
        valAxisLabelFontSize: sizes.axis,
        showCatAxisTitle: true,
        catAxisTitle: slide.xLabel,
        catAxisTitleFontSize: sizes.axis,
        showValAxisTitle: true,
        valAxisTitle: slide.yLabel,
        valAxisTitleFontSize: sizes.axis,
        valAxisLabelFormatCode: slide.yKind === "change" ? "0%" : "#,##0",
      },
    );
  } else {
    const header = [
      { text: "", options: {} },
      ...slide.columns.map((column) => ({
        text: column.label,
        options: { bold: true, fill: { color: column.highlighted ? "FBE3B0" : "F2F2F2" } },
      })),
    ];
    const body = slide.rows.map((row) => [
      { text: row.label, options: { bold: true } },
      ...row.cells.map((cell) => ({
        text: cell ? cell.label : labels.missing,
        options: {
          fill: { color: cell === null ? "FFFFFF" : cell.lq >= 1 ? "D6E9F5" : "FBE0D0" },
          color: cell ? ink : muted,
        },
      })),
    ]);
    const columnCount = slide.columns.length + 1;
    // Rows of a fixed height, so the table ends above the source line (PowerPoint grows rows to fit text).
    const rowHeight = Math.min(0.4, chartBox.h / (body.length + 2));
    page.addTable([header, ...body], {
      x: chartBox.x,
      y: chartBox.y,
      w: chartBox.w,
      rowH: [rowHeight * 2, ...body.map(() => rowHeight)],
      fontFace: font,
      fontSize: columnCount > 10 ? 9 : sizes.axis,
      margin: 0.03,
      border: { type: "solid", pt: 0.5, color: "BFBFBF" },
      colW: [2.6, ...slide.columns.map(() => (contentWidth - 2.6) / slide.columns.length)],
      autoPage: false,
    });
  }
  page.addText([...sourceParts, slide.source].join(" · "), {
    x: margin,
    y: 6.65,
    w: contentWidth,
    h: 0.7,
    fontSize: sizes.source,
    fontFace: font,
    color: muted,
    valign: "top",
    fit: "shrink",
  });
  page.addNotes([slide.takeaway, ...sourceParts, slide.source].join("\n"));
}

/** Axis ticks: thousands separators for counts, one decimal for quotients. */
function axisFormat(values: number[]): string {
  return values.every((value) => Number.isInteger(value)) ? "#,##0" : "0.0";
}

/** Whole numbers for job counts, two decimals for quotients and shares. */
function numberFormat(values: number[]): string {
  return values.every((value) => Number.isInteger(value)) ? "#,##0" : "0.00";
}
