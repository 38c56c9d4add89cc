import { readdirSync, readFileSync } from "node:fs";
import { validate } from "@readme/openapi-parser";
import { beforeAll, describe, expect, it } from "vitest";
import type { OpenApiDocument } from "@/lib/http/openapi/document";
import { modules } from "../modules";
import { apiRoot, generateOpenApiDocument, openApiFile } from "./openapi";

let document: OpenApiDocument;
beforeAll(async () => {
  document = await generateOpenApiDocument();
}, 60_000);

const installed = (id: string) => modules.some((m) => m.id === id);

/** Every route file in app/, found without the generator's own scanner. */
function routeFilesOnDisk(): string[] {
  return readdirSync("app", { recursive: true, encoding: "utf8" })
    .map((file) => `app/${file.split("\\").join("/")}`)
    .filter((file) => /\/route\.tsx?$/.test(file))
    .sort();
}

/** `app/(api)/projects/[projectId]/route.ts` → `/projects/{projectId}` (route groups are not in URLs). */
function pathOf(file: string): string {
  const segments = file.split("/").slice(1, -1).filter((segment) => !segment.startsWith("("));
  return `/${segments.map((segment) => segment.replace(/^\[(.+)\]$/, "{$1}")).join("/")}`;
}

describe("the OpenAPI document", () => {
  it("is what lib/app/openapi.json holds (run `npx tsx lib/app/cli/write-openapi.ts` after changing a route)", () => {
    expect(readFileSync(openApiFile, "utf8")).toBe(`${JSON.stringify(document, null, 2)}\n`);
  });

  it("has every route file under app/(api), with exactly the methods it exports, and nothing else", async () => {
    // The rule (lib/app/cli/openapi.ts): app/(api) is the REST API, every route file in it is
    // documented; route files elsewhere (Better Auth's /api/auth/*, the docs search, /openapi.json)
    // are not REST API routes and never appear.
    const api = routeFilesOnDisk().filter((file) => file.startsWith(`${apiRoot}/`));
    const expected: Record<string, string[]> = {};
    for (const file of api) {
      const exports = (await import(/* @vite-ignore */ `${process.cwd()}/${file}`)) as Record<string, unknown>;
      expected[pathOf(file)] = ["GET", "POST", "PUT", "PATCH", "DELETE"].filter((method) => typeof exports[method] === "function").map((m) => m.toLowerCase());
    }
    const documented = Object.fromEntries(Object.entries(document.paths).map(([path, item]) => [path, Object.keys(item).sort()]));
    expect(documented).toEqual(Object.fromEntries(Object.entries(expected).map(([path, methods]) => [path, methods.sort()])));
    expect(api, "the scan finds the route files").toContain("app/(api)/me/route.ts");
    const elsewhere = routeFilesOnDisk().filter((file) => !file.startsWith(`${apiRoot}/`));
    expect(elsewhere).toContain("app/api/auth/[...all]/route.ts");
    for (const file of elsewhere) expect(Object.keys(document.paths), file).not.toContain(pathOf(file));
  }, 60_000);

  it("keeps the contract: OpenAPI 3.1, /projects GET and POST, /billing/checkout POST — and no billing path once billing is removed", () => {
    expect(document.openapi).toMatch(/^3\.1\./);
    if (installed("projects")) expect(Object.keys(document.paths["/projects"] ?? {})).toEqual(expect.arrayContaining(["get", "post"]));
    if (installed("billing")) expect(Object.keys(document.paths["/billing/checkout"] ?? {})).toContain("post");
    else expect(Object.keys(document.paths).filter((path) => path.startsWith("/billing"))).toEqual([]);
    expect(document.tags.map((tag) => tag.name).every((name) => installed(name))).toBe(true);
  });

  it("is valid OpenAPI 3.1 by @readme/openapi-parser, which also catches a broken document", async () => {
    const result = await validate(structuredClone(document) as never);
    expect(result.valid ? [] : result.errors).toEqual([]);
    const broken = structuredClone(document);
    const [first] = Object.values(broken.paths);
    Object.values(first!)[0]!.responses = { "200": { $ref: "#/components/responses/Missing" } };
    expect((await validate(broken as never)).valid).toBe(false);
  });

  it("describes a route from its route() options: params, body, answer, errors, auth and permission", () => {
    const patch = document.paths["/tenants/{tenantId}"]!.patch!;
    expect(patch.tags).toEqual(["tenants"]);
    expect(patch.parameters).toEqual([expect.objectContaining({ name: "tenantId", in: "path", required: true })]);
    expect(patch["x-keel-permission"]).toEqual({ organization: ["update"] });
    const body = patch.requestBody!.content["application/json"]!.schema as { properties: Record<string, unknown> };
    expect(Object.keys(body.properties)).toEqual(expect.arrayContaining(["name", "slug"]));
    expect(Object.keys(patch.responses)).toEqual(expect.arrayContaining(["200", "401", "403", "404", "422", "default"]));
    expect(patch.responses["404"]).toEqual({ $ref: "#/components/responses/NotFound" });
    expect(patch.security).toContainEqual({ sessionCookie: [] });

    const create = document.paths["/tenants"]!.post!;
    expect(Object.keys(create.responses)).toContain("201");
    const cron = document.paths["/internal/cron"]!.post!;
    expect(cron.security).toEqual([{ cronSecret: [] }]);
    expect(document.components.schemas.Error).toMatchObject({ properties: { error: { required: ["code", "message", "requestId"] } } });
  });

  it("names the API-key scopes a route needs, when the api-keys module is installed", () => {
    const list = document.paths["/projects"]?.get;
    if (!installed("api-keys") || !list) return;
    expect(list.security).toEqual([{ sessionCookie: [] }, { apiKeyBearer: ["projects:read"] }, { apiKeyHeader: ["projects:read"] }]);
  });
});
