import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { RouteHandler } from "@/lib/http";
import { buildOpenApiDocument, type DocumentedRoute, type DocumentedTag, type OpenApiDocument } from "@/lib/http/openapi/document";
import { httpMethods, type DocumentedOperation } from "@/lib/http/openapi/operation";
import { scanRouteFiles } from "@/lib/http/route-table";
import type { ModuleManifest } from "@/lib/manifest/define";
import { access } from "../access";
import { modules } from "../modules";
import { ownerOf } from "../ownership";

/**
 * The folder of the REST API. The rule: every route file under it is in the document, and every
 * one is built with route(). Route files elsewhere are not REST API routes and stay out: Better
 * Auth's handler (`/api/auth/*`, its own format), the docs search, `/openapi.json` itself.
 */
export const apiRoot = "app/(api)";

/** Where the generated document is committed; `GET /openapi.json` serves it. */
export const openApiFile = "lib/app/openapi.json";

/** Better Auth's session cookie: `advanced.cookiePrefix` in lib/auth/server.ts, then `.session_token`. */
const sessionCookie = "keel.session_token";

const manifests: readonly ModuleManifest[] = modules;

/**
 * Builds the document by importing every route file under app/(api) (route() leaves its options on
 * the handler as `meta`). Importing a route module opens nothing: the database opens on first query.
 */
export async function generateOpenApiDocument(root = process.cwd()): Promise<OpenApiDocument> {
  const routes: DocumentedRoute[] = [];
  for (const entry of scanRouteFiles(join(root, apiRoot)).filter((found) => found.kind === "route")) {
    const file = `${apiRoot}/${entry.file}`;
    const exports = (await import(/* @vite-ignore */ join(root, file))) as Record<string, unknown>;
    const source = readFileSync(join(root, file), "utf8");
    const operations: DocumentedOperation[] = [];
    for (const method of httpMethods) {
      const handler = exports[method] as RouteHandler | undefined;
      if (handler === undefined) continue;
      if (!handler.meta) throw new Error(`${file} exports ${method} without route(): every route under ${apiRoot} goes through route().`);
      operations.push({ method, options: handler.meta, description: jsDocAbove(source, method) });
    }
    routes.push({ pattern: entry.pattern, tag: ownerOf(file, manifests)?.id ?? "core", operations });
  }
  return buildOpenApiDocument({
    info: {
      title: "Keel API",
      version: (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version,
      description:
        "The REST API, generated from the route files by `npx tsx lib/app/cli/write-openapi.ts`. Every failure answers the `Error` envelope; lists are cursor-paginated (`?cursor=&limit=` → `{ data, nextCursor }`).",
    },
    tags: manifests.map((m) => tagOf(m, root)),
    routes,
    apiKeys: manifests.some((m) => m.hooks?.authenticateApiKey !== undefined),
    scopesFor: (permission) => access.scopesFor(permission as Parameters<typeof access.scopesFor>[0]),
    sessionCookie,
  });
}

function tagOf(m: ModuleManifest, root: string): DocumentedTag {
  const page = m.docs ? join(root, "content/docs", m.docs) : undefined;
  // The docs page's title when the page is the module's own (`modules/<id>.mdx`), else the id.
  const title = page && m.docs === `modules/${m.id}.mdx` && existsSync(page) ? /^title:\s*(.+)$/m.exec(readFileSync(page, "utf8"))?.[1]?.trim() : undefined;
  return {
    name: m.id,
    description: m.summary,
    ...(title ? { displayName: title } : {}),
    ...(m.docs ? { docsUrl: `/docs/${m.docs.replace(/\.mdx$/, "")}` } : {}),
  };
}

/** The JSDoc comment right above `export const <method>` (or `export async function <method>`), as plain text. */
export function jsDocAbove(source: string, method: string): string | undefined {
  const pattern = new RegExp(String.raw`/\*\*((?:[^*]|\*(?!/))*)\*/\s*export\s+(?:const|async\s+function|function)\s+${method}\b`);
  const body = pattern.exec(source)?.[1];
  if (body === undefined) return undefined;
  const lines = body.split("\n").map((line) => line.replace(/^\s*\*\s?/, "").trimEnd());
  // Lines of one paragraph join with a space; a blank line starts a new paragraph.
  const text = lines
    .join("\n")
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, " "))
    .join("\n\n");
  return text || undefined;
}
