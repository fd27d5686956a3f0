import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { deckToPptx, type PptxLabels } from "../../lib/present/pptx";
import type { Slide } from "../../lib/present/slides";

const labels: PptxLabels = {
  references: "Reference lines",
  truncated: (shown, total) => `Showing the first ${shown} of ${total}.`,
  missing: "no data",
  traded: "Traded cluster",
  local: "Local cluster",
};

async function open(slides: Slide[]) {
  const zip = await JSZip.loadAsync(await deckToPptx(slides, labels));
  const read = (path: string) => zip.file(path)!.async("string");
  // pptxgenjs numbers chart parts across every file the process writes: find them, in order.
  const chartPaths = Object.keys(zip.files)
    .filter((path) => /^ppt\/charts\/chart\d+\.xml$/.test(path))
    .sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]));
  const chart = (index: number) => read(chartPaths[index]!);
  return { zip, read, chart };
}

/** The numbers a chart part holds, series by series (what PowerPoint draws and edits). */
function seriesValues(chartXml: string, tag: "c:val" | "c:yVal" | "c:xVal" | "c:bubbleSize" = "c:val") {
  return [...chartXml.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, "g"))].map((match) =>
    [...match[1]!.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((value) => (value[1] === "" ? null : Number(value[1]))),
  );
}
const categories = (chartXml: string) =>
  [...chartXml.match(/<c:cat>([\s\S]*?)<\/c:cat>/)![1]!.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((match) => match[1]);

const bar = (label: string, value: number) => ({
  key: label,
  label,
  value,
  valueLabel: String(value),
  color: "#0072B2",
});

describe("the deck as a PowerPoint file", () => {
  it("writes one slide per chart, in order, with native charts holding the slide's numbers", async () => {
    const slides: Slide[] = [
      { kind: "title", title: "CaliBaja industry clusters", subtitle: "30 November 2026", note: "Data: …" },
      {
        kind: "bars",
        title: "Most concentrated clusters, 2016 · San Diego County",
        customTitle: "Where San Diego leads",
        takeaway: "Water Transportation is 4.2 times more concentrated…",
        bars: [bar("Water Transportation", 4.2157), bar("Aerospace", 2.5), bar("Medical Devices", 1.75)],
        references: [{ value: 1, label: "U.S. average", color: "#CC79A7" }],
        legend: [
          { label: "Traded cluster", color: "#0072B2" },
          { label: "U.S. average", color: "#CC79A7" },
        ],
        axisLabel: "Location quotient",
        source: "U.S. Cluster Mapping Project, 2016",
      },
      {
        kind: "lines",
        title: "Insured workers",
        takeaway: "Up",
        series: [
          {
            key: "a",
            label: "Tijuana",
            color: "#009E73",
            points: [
              { x: "2020-01", value: 10 },
              { x: "2020-02", value: null },
              { x: "2020-03", value: 12 },
            ],
          },
        ],
        shaded: [],
        axisLabel: "Workers",
        source: "IMSS",
      },
    ];
    const { zip, read, chart } = await open(slides);
    expect(Object.keys(zip.files).filter((path) => /^ppt\/slides\/slide\d+\.xml$/.test(path))).toHaveLength(3);
    const barChart = await chart(0);
    expect(barChart).toContain('<c:barDir val="bar"/>');
    expect(categories(barChart)).toEqual(["Water Transportation", "Aerospace", "Medical Devices"]);
    expect(seriesValues(barChart)).toEqual([[4.2157, 2.5, 1.75]]);
    const slide2 = await read("ppt/slides/slide2.xml");
    expect(slide2).toContain("Where San Diego leads");
    expect(slide2).toContain("Most concentrated clusters, 2016 · San Diego County");
    expect(slide2).toContain("Reference lines: U.S. average · U.S. Cluster Mapping Project, 2016");
    expect(slide2).toMatch(/<a:srgbClr val="0072B2"\/>[\s\S]*?<a:t>■ <\/a:t>[\s\S]*?<a:t>Traded cluster<\/a:t>/);
    // A month without a figure stays empty in the chart's data, never 0.
    expect(seriesValues(await chart(1))).toEqual([[10, null, 12]]);
  });

  it("leaves a missing figure's bar empty in the chart data, never 0", async () => {
    const { chart } = await open([
      {
        kind: "bars",
        title: "Jobs",
        takeaway: "…",
        bars: [bar("Aerospace", 5000), { ...bar("Coal Mining", 0), valueLabel: "—", missing: true }, bar("Tobacco", 0)],
        references: [],
        legend: [],
        axisLabel: "Jobs",
        source: "CBP 2023",
      },
    ]);
    expect(seriesValues(await chart(0))).toEqual([[5000, null, 0]]);
  });

  it("cuts a long ranking to the slide's length and says so on the slide", async () => {
    const bars = Array.from({ length: 20 }, (_, index) => bar(`Cluster ${index + 1}`, 1000 * (20 - index)));
    const { read, chart: chartAt } = await open([
      {
        kind: "bars",
        title: "Jobs",
        takeaway: "…",
        bars,
        references: [],
        legend: [],
        axisLabel: "Jobs",
        source: "CBP 2023",
      },
    ]);
    const chart = await chartAt(0);
    expect(seriesValues(chart)[0]).toHaveLength(12);
    expect(chart).toContain('formatCode="#,##0"');
    expect(await read("ppt/slides/slide1.xml")).toContain("Showing the first 12 of 20.");
  });

  it("puts traded and local clusters in two bubble series over one x axis, each empty where the other has a point", async () => {
    const { chart: chartAt } = await open([
      {
        kind: "bubbles",
        title: "Portfolio",
        takeaway: "…",
        bubbles: [
          { key: "1", label: "A", x: 1.5, y: 60000, size: 2000, traded: true, tooltip: "A" },
          { key: "2", label: "B", x: 0.8, y: 40000, size: 900, traded: false, tooltip: "B" },
        ],
        xLabel: "LQ",
        yLabel: "Wage",
        yKind: "wage",
        legend: [
          { label: "Traded cluster", color: "#0072B2" },
          { label: "Local cluster", color: "#D55E00" },
        ],
        source: "USCMP",
      },
    ]);
    const chart = await chartAt(0);
    expect(seriesValues(chart, "c:xVal")).toEqual([
      [1.5, 0.8],
      [1.5, 0.8],
    ]);
    expect(seriesValues(chart, "c:yVal")).toEqual([
      [60000, null],
      [null, 40000],
    ]);
    expect(seriesValues(chart, "c:bubbleSize")).toEqual([
      [2000, null],
      [null, 900],
    ]);
  });

  it("writes a heatmap as a table, a missing figure as missing", async () => {
    const { read } = await open([
      {
        kind: "heatmap",
        title: "Peers",
        takeaway: "…",
        columns: [
          { key: "06073", label: "San Diego", highlighted: true },
          { key: "48453", label: "Austin", highlighted: false },
        ],
        rows: [{ key: "1", label: "Aerospace", cells: [{ lq: 2.31, label: "2.31" }, null] }],
        labels: { missing: "–", below: "", neutral: "", above: "" },
        source: "USCMP 2016",
      },
    ]);
    const slide = await read("ppt/slides/slide1.xml");
    expect(slide).toContain("<a:tbl>");
    expect(slide).toMatch(/Aerospace[\s\S]*2\.31[\s\S]*no data/);
  });
});
