// The JavaScript a browser downloads to show a page the first time, gzipped as a server would send
// it: every chunk the page's HTML names, in a <script> tag or in the React payload that hydrates
// client components inside a streamed Suspense boundary (those chunks have no tag of their own).
// Left out: chunks fetched later by a dynamic import() (Recharts, after the first paint), and the
// polyfills, a `noModule` script that browsers with ES modules never download.
import { gzipSync } from "node:zlib";

const chunkPattern = /\/_next\/static\/chunks\/[\w.~-]+\.js/g;

export function firstLoadChunks(html: string): string[] {
  const noModule = new Set(
    [...html.matchAll(/<script\b[^>]*\bnoModule\b[^>]*>/gi)].flatMap((tag) => tag[0].match(chunkPattern) ?? []),
  );
  return [...new Set(html.match(chunkPattern) ?? [])].filter((chunk) => !noModule.has(chunk));
}

export async function firstLoadJavaScript(origin: string, path: string): Promise<{ files: number; gzipBytes: number }> {
  const html = await (await fetch(new URL(path, origin))).text();
  const chunks = firstLoadChunks(html);
  let gzipBytes = 0;
  for (const chunk of chunks) {
    const body = Buffer.from(await (await fetch(new URL(chunk, origin))).arrayBuffer());
    gzipBytes += gzipSync(body, { level: 9 }).byteLength;
  }
  return { files: chunks.length, gzipBytes };
}
