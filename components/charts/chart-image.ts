"use client";

export type ImageCaption = {
  title: string;
  subtitle?: string;
  source: string;
  legend?: { label: string; color: string }[];
};

const svgNamespace = "http://www.w3.org/2000/svg";
const fontFamily = "DejaVu Sans, Segoe UI, Roboto, Helvetica, Arial, sans-serif";

/** Splits text into lines of at most `width` characters, at spaces. */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function text(content: string, x: number, y: number, size: number, weight = "normal", color = "#111111") {
  const node = document.createElementNS(svgNamespace, "text");
  node.setAttribute("x", String(x));
  node.setAttribute("y", String(y));
  node.setAttribute("font-size", String(size));
  node.setAttribute("font-weight", weight);
  node.setAttribute("font-family", fontFamily);
  node.setAttribute("fill", color);
  node.textContent = content;
  return node;
}

/**
 * A self-contained SVG of a chart for slides: white background, title, units, legend and the source
 * line drawn into the image (a picture pasted into a deck keeps its citation).
 */
export function composeChartSvg(
  chart: SVGSVGElement,
  caption: ImageCaption,
): { svg: string; width: number; height: number } {
  const box = chart.getBoundingClientRect();
  const width = Math.round(box.width);
  const chartHeight = Math.round(box.height);
  const charsPerLine = Math.max(40, Math.floor(width / 7));
  const subtitleLines = caption.subtitle ? wrapText(caption.subtitle, charsPerLine) : [];
  const sourceLines = wrapText(caption.source, Math.floor(width / 6.2));
  const top = 40 + subtitleLines.length * 18 + 10;
  const legendHeight = caption.legend?.length ? 26 : 0;
  const height = top + chartHeight + legendHeight + sourceLines.length * 15 + 20;

  const root = document.createElementNS(svgNamespace, "svg");
  root.setAttribute("xmlns", svgNamespace);
  root.setAttribute("width", String(width));
  root.setAttribute("height", String(height));
  root.setAttribute("viewBox", `0 0 ${width} ${height}`);
  const background = document.createElementNS(svgNamespace, "rect");
  background.setAttribute("width", "100%");
  background.setAttribute("height", "100%");
  background.setAttribute("fill", "#ffffff");
  root.append(background, text(caption.title, 16, 30, 20, "bold"));
  subtitleLines.forEach((line, index) => root.append(text(line, 16, 54 + index * 18, 13, "normal", "#333333")));

  const copy = chart.cloneNode(true) as SVGSVGElement;
  // On a white picture, "currentColor" (the page's text colour, light in dark mode) becomes dark text.
  copy.querySelectorAll("[fill='currentColor']").forEach((node) => node.setAttribute("fill", "#222222"));
  copy.querySelectorAll("[stroke='currentColor']").forEach((node) => node.setAttribute("stroke", "#666666"));
  copy.querySelectorAll("text").forEach((node) => node.setAttribute("font-family", fontFamily));
  const group = document.createElementNS(svgNamespace, "g");
  group.setAttribute("transform", `translate(0 ${top})`);
  group.append(...Array.from(copy.childNodes));
  root.append(group);

  let y = top + chartHeight;
  if (caption.legend?.length) {
    let x = 16;
    for (const item of caption.legend) {
      const swatch = document.createElementNS(svgNamespace, "rect");
      Object.entries({ x, y: y + 6, width: 12, height: 12, fill: item.color }).forEach(([name, value]) =>
        swatch.setAttribute(name, String(value)),
      );
      root.append(swatch, text(item.label, x + 17, y + 16, 12, "normal", "#222222"));
      x += 30 + item.label.length * 7;
    }
    y += legendHeight;
  }
  sourceLines.forEach((line, index) => root.append(text(line, 16, y + 18 + index * 15, 11, "normal", "#444444")));
  return { svg: new XMLSerializer().serializeToString(root), width, height };
}

function save(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export async function downloadChartImage(
  chart: SVGSVGElement,
  caption: ImageCaption,
  format: "svg" | "png",
  filename: string,
) {
  const { svg, width, height } = composeChartSvg(chart, caption);
  if (format === "svg") {
    save(new Blob([svg], { type: "image/svg+xml;charset=utf-8" }), `${filename}.svg`);
    return;
  }
  // PNG at twice the size: sharp on projectors and high-density screens.
  const scale = 2;
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = width * scale;
  canvas.height = height * scale;
  const context = canvas.getContext("2d")!;
  context.scale(scale, scale);
  context.drawImage(image, 0, 0);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
  if (blob) save(blob, `${filename}.png`);
}
