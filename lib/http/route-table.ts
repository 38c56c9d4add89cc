import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

/**
 * The app's URL patterns and the methods each answers, read from the files under app/: route
 * files by their exported method names, pages as GET. proxy.ts uses it to answer unknown paths and
 * wrong methods under the API prefixes in the error envelope; Next's own 404 is an HTML page and
 * its 405 an empty body. next.config.ts reads it at build time; the fuzz test reads it too.
 */
export type RouteTable = { pattern: string; methods: string[] }[];

const methodNames = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
const exportedMethod = /export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b|export\s+const\s+\{([^}]+)\}/g;

export function scanRouteTable(appDir: string): RouteTable {
  return scanRouteFiles(appDir).map(({ pattern, methods }) => ({ pattern, methods }));
}

/** A route file or page under app/: its path (relative to the folder scanned, `/`-separated), URL pattern and methods. */
export type RouteFile = { file: string; kind: "route" | "page"; pattern: string; methods: string[] };

/** The route files and pages under `appDir`, sorted by path; the OpenAPI generator reads it too. */
export function scanRouteFiles(appDir: string): RouteFile[] {
  const found: RouteFile[] = [];
  for (const file of readdirSync(appDir, { recursive: true, encoding: "utf8" }).sort()) {
    const name = file.split(sep).pop()!;
    const isRoute = /^route\.tsx?$/.test(name);
    const isPage = /^page\.(tsx?|mdx)$/.test(name);
    if (!isRoute && !isPage) continue;
    const dir = relative(appDir, join(appDir, file, ".."));
    const segments = dir.split(sep).filter((part) => part && !part.startsWith("(") && !part.startsWith("@") && !part.startsWith("_"));
    const pattern = "/" + segments.join("/");
    const methods = isPage ? ["GET"] : routeMethods(readFileSync(join(appDir, file), "utf8"));
    found.push({ file: file.split(sep).join("/"), kind: isRoute ? "route" : "page", pattern, methods });
  }
  return found;
}

function routeMethods(source: string): string[] {
  const found = new Set<string>();
  for (const match of source.matchAll(exportedMethod)) {
    if (match[1]) found.add(match[1]);
    // `export const { GET, POST } = …` (Better Auth's handler)
    for (const name of match[2]?.split(",").map((n) => n.trim().split(/\s|:/)[0]) ?? []) {
      if ((methodNames as readonly string[]).includes(name!)) found.add(name!);
    }
  }
  return [...found];
}

/** Whether `path` fits `pattern`: `[id]` takes one segment, `[...rest]` one or more, `[[...rest]]` any. */
export function matchesPattern(pattern: string, path: string): boolean {
  const want = pattern.split("/").filter(Boolean);
  const got = path.split("/").filter(Boolean);
  for (let i = 0; i < want.length; i++) {
    const part = want[i]!;
    if (part.startsWith("[[...")) return true;
    if (part.startsWith("[...")) return got.length > i;
    if (i >= got.length) return false;
    if (!part.startsWith("[") && part !== safeDecode(got[i]!)) return false;
  }
  return want.length === got.length;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export type RouteLookup = { kind: "found" } | { kind: "not_found" } | { kind: "method_not_allowed"; allow: string[] };

/**
 * What the app would answer for `method path`, as far as the table tells. HEAD and OPTIONS follow
 * GET and any route (Next implements both).
 */
export function lookupRoute(table: RouteTable, method: string, path: string): RouteLookup {
  const matches = table.filter((entry) => matchesPattern(entry.pattern, path));
  if (matches.length === 0) return { kind: "not_found" };
  const allow = [...new Set(matches.flatMap((entry) => entry.methods))];
  const upper = method.toUpperCase();
  if (upper === "OPTIONS" || allow.includes(upper) || (upper === "HEAD" && allow.includes("GET"))) return { kind: "found" };
  return { kind: "method_not_allowed", allow };
}

/** The first path segments that REST routes live under (`/projects`, `/v1`, …): where JSON answers are expected. */
export function apiPrefixes(appDir: string): string[] {
  const apiDir = join(appDir, "(api)");
  return [...new Set(scanRouteTable(apiDir).map((entry) => entry.pattern.split("/")[1]!).filter(Boolean))].sort();
}
