import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { RouteHandler } from "@/lib/http";

export const methods = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type Method = (typeof methods)[number];

export type ApiRoute = {
  /** e.g. `/tenants/[tenantId]/members/[memberId]` */
  pattern: string;
  file: string;
  handlers: Partial<Record<Method, RouteHandler>>;
};

const apiDir = join(process.cwd(), "app", "(api)");

/** Every REST route under app/(api), found on disk: a new route file is picked up with no edits. */
export async function discoverRoutes(): Promise<ApiRoute[]> {
  const files = readdirSync(apiDir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(`route.ts`));
  const routes: ApiRoute[] = [];
  for (const file of files.sort()) {
    const dir = relative(apiDir, join(apiDir, file, ".."));
    const pattern = "/" + dir.split(sep).filter((part) => part && !part.startsWith("(")).join("/");
    const mod = (await import(/* @vite-ignore */ join(apiDir, file))) as Record<string, unknown>;
    const handlers: ApiRoute["handlers"] = {};
    for (const method of methods) {
      const handler = mod[method];
      if (typeof handler === "function") handlers[method] = handler as RouteHandler;
    }
    routes.push({ pattern, file, handlers });
  }
  return routes;
}

/** `/projects/[projectId]` + `/projects/proj_1` → `{ projectId: "proj_1" }`, or null. */
export function matchPattern(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split("/").filter(Boolean);
  const got = path.split("?")[0]!.split("/").filter(Boolean);
  // A catch-all (`[...path]`, last) takes every remaining segment, one at least, joined by "/"
  // as route() joins Next's array.
  const catchAll = want.at(-1)?.startsWith("[...") ? want.at(-1)!.slice(4, -1) : null;
  if (catchAll ? got.length < want.length : want.length !== got.length) return null;
  const params: Record<string, string> = {};
  if (catchAll) params[catchAll] = got.slice(want.length - 1).map(decodeURIComponent).join("/");
  for (let i = 0; i < (catchAll ? want.length - 1 : want.length); i++) {
    const part = want[i]!;
    const value = decodeURIComponent(got[i]!);
    if (part.startsWith("[") && part.endsWith("]")) params[part.slice(1, -1)] = value;
    else if (part !== value) return null;
  }
  return params;
}

/** The parameter names a pattern takes, e.g. `["tenantId", "memberId"]`. */
export function patternParams(pattern: string): string[] {
  return [...pattern.matchAll(/\[(?:\.\.\.)?([^\]]+)\]/g)].map((m) => m[1]!);
}
