import { gzipSync } from "node:zlib";

/** The JavaScript a page makes the browser fetch before it is interactive. */
export type FirstLoadJs = { scripts: number; bytes: number; gzipBytes: number };

/**
 * Sums the `<script src>` files a page's HTML names (Next's runtime, framework and the page's own
 * chunks), fetched from the running server: the raw bytes and their gzip size, which is what the
 * build output of older Next versions called "First Load JS" (Next 16 no longer prints it).
 * Inline scripts (the RSC payload) are not counted: they are HTML, not JS files; nor are `noModule`
 * polyfills, which current browsers skip.
 */
export async function firstLoadJs(origin: string, path: string, headers: Record<string, string> = {}): Promise<FirstLoadJs> {
  const response = await fetch(`${origin}${path}`, { headers, redirect: "manual" });
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}, not 200: cannot count its scripts.`);
  const html = await response.text();
  // `noModule` scripts are polyfills only browsers without ES modules fetch.
  const tags = [...html.matchAll(/<script([^>]*)\bsrc="([^"]+)"([^>]*)>/g)].filter((match) => !/noModule/i.test(`${match[1]}${match[3]}`));
  const sources = [...new Set(tags.map((match) => match[2]!.replaceAll("&amp;", "&")))];
  let bytes = 0;
  let gzipBytes = 0;
  for (const source of sources) {
    const body = Buffer.from(await (await fetch(new URL(source, origin))).arrayBuffer());
    bytes += body.length;
    gzipBytes += gzipSync(body, { level: 9 }).length;
  }
  return { scripts: sources.length, bytes, gzipBytes };
}

/** 12345 → "12.1 kB". */
export function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}
