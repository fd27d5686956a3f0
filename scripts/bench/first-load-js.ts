// The JavaScript a browser downloads to show a page the first time: every script the page's HTML
// names, gzipped as a server would send it.
import { gzipSync } from "node:zlib";

export async function firstLoadJavaScript(origin: string, path: string): Promise<{ files: number; gzipBytes: number }> {
  const html = await (await fetch(new URL(path, origin))).text();
  const sources = [...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1]!))];
  let gzipBytes = 0;
  for (const source of sources) {
    const body = Buffer.from(await (await fetch(new URL(source.replaceAll("&amp;", "&"), origin))).arrayBuffer());
    gzipBytes += gzipSync(body, { level: 9 }).byteLength;
  }
  return { files: sources.length, gzipBytes };
}
