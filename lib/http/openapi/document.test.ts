import { z } from "zod";
import { describe, expect, it } from "vitest";
import type { RouteOptions } from "../route";
import { buildOpenApiDocument, type DocumentedRoute } from "./document";
import type { HttpMethod } from "./operation";
import { toOpenApiSchema, type JsonSchema } from "./schema";

function documentOf(routes: { pattern: string; method?: HttpMethod; options: RouteOptions; description?: string }[], apiKeys = true) {
  const documented: DocumentedRoute[] = routes.map(({ pattern, method = "GET", options, description }) => ({
    pattern,
    tag: "things",
    operations: [{ method, options, description }],
  }));
  return buildOpenApiDocument({
    info: { title: "Test", version: "1.0.0" },
    tags: [{ name: "things", displayName: "Things", docsUrl: "/docs/modules/things" }, { name: "unused" }],
    routes: documented,
    apiKeys,
    scopesFor: (permission) => Object.entries(permission).map(([resource, actions]) => `${resource}s:${actions?.includes("read") ? "read" : "write"}`),
    sessionCookie: "keel.session_token",
  });
}

describe("zod → OpenAPI 3.1 schemas", () => {
  it("converts the input side: coerced and defaulted query values, dates as date-time strings", () => {
    const schema = toOpenApiSchema(
      z.object({ limit: z.coerce.number().int().min(1).max(100).default(25), since: z.coerce.date().optional(), at: z.date().describe("When") }),
      {},
      "x",
    );
    expect(schema).toEqual({
      type: "object",
      properties: {
        limit: { type: "integer", minimum: 1, maximum: 100, default: 25 },
        since: { type: "string", format: "date-time" },
        at: { type: "string", format: "date-time", description: "When" },
      },
      required: ["at"],
    });
    expect(schema.$schema).toBeUndefined();
  });

  it("moves $defs to components and points the refs there (a #/$defs ref would be wrong in a document)", () => {
    type Node = { name: string; children: Node[] };
    const node: z.ZodType<Node> = z.lazy(() => z.object({ name: z.string(), children: z.array(node) }));
    const components: Record<string, JsonSchema> = {};
    const schema = toOpenApiSchema(z.object({ tree: node, owner: z.object({ id: z.string() }).meta({ id: "TestOwner" }) }), components, "getTree");
    expect(JSON.stringify(schema)).not.toContain("$defs");
    expect(Object.keys(components).sort()).toEqual(["TestOwner", "getTree_0"]);
    expect((schema.properties as Record<string, JsonSchema>).tree).toEqual({ $ref: "#/components/schemas/getTree_0" });
    expect(JSON.stringify(components.getTree_0)).toContain("#/components/schemas/getTree_0");
    expect(() => toOpenApiSchema(z.object({ id: z.number() }).meta({ id: "TestOwner" }), components, "other")).toThrow(/Two different schemas/);
  });
});

describe("the document", () => {
  it("turns [param] segments into {param} path parameters and keeps only the tags in use", () => {
    const document = documentOf([{ pattern: "/things/[thingId]/parts/[partId]", options: { auth: "public", response: z.object({ ok: z.boolean() }) } }]);
    const operation = document.paths["/things/{thingId}/parts/{partId}"]!.get!;
    expect(operation.parameters?.map((p) => [p.name, p.in, p.required])).toEqual([
      ["thingId", "path", true],
      ["partId", "path", true],
    ]);
    expect(operation.operationId).toBe("getThingsThingIdPartsPartId");
    expect(document.tags).toEqual([{ name: "things", "x-displayName": "Things", externalDocs: { url: "/docs/modules/things" } }]);
  });

  it("describes query, body, answer and status; an optional body when `{}` passes", () => {
    const document = documentOf([
      {
        pattern: "/things",
        method: "POST",
        options: { auth: "session", query: z.object({ dryRun: z.enum(["yes", "no"]).optional() }), body: z.object({ name: z.string() }), response: z.object({ id: z.string() }).describe("The thing"), status: 201 },
      },
      { pattern: "/things/[thingId]", method: "PATCH", options: { auth: "session", body: z.object({ name: z.string().optional() }), status: 204 } },
    ]);
    const create = document.paths["/things"]!.post!;
    expect(create.parameters).toEqual([{ name: "dryRun", in: "query", required: false, schema: { type: "string", enum: ["yes", "no"] } }]);
    expect(create.requestBody).toEqual({ required: true, content: { "application/json": { schema: expect.objectContaining({ required: ["name"] }) } } });
    expect(create.responses["201"]).toEqual({ description: "The thing", content: { "application/json": { schema: expect.objectContaining({ description: "The thing" }) } } });
    const update = document.paths["/things/{thingId}"]!.patch!;
    expect(update.requestBody?.required).toBe(false);
    expect(update.responses["204"]).toEqual({ description: "No content" });
  });

  it("gives a route without a response schema a generic answer, and other media types their own content", () => {
    const document = documentOf([
      { pattern: "/loose", options: { auth: "public" } },
      { pattern: "/export", options: { auth: "public", response: z.string(), responseTypes: ["text/csv"] } },
    ]);
    expect(document.paths["/loose"]!.get!.responses["200"]).toEqual({ description: "Not declared by the route.", content: { "application/json": { schema: { description: "Not declared by the route." } } } });
    expect(Object.keys((document.paths["/export"]!.get!.responses["200"] as { content: object }).content)).toEqual(["text/csv"]);
  });

  it("lists the failures route() itself can answer for the options, and the envelope as the default", () => {
    const statuses = (options: RouteOptions, method: HttpMethod = "GET", pattern = "/x") => Object.keys(documentOf([{ pattern, method, options }]).paths[pattern.replace(/\[(\w+)\]/g, "{$1}")]![method.toLowerCase()]!.responses);
    expect(statuses({ auth: "public", response: z.null() })).toEqual(["200", "default"]);
    expect(statuses({ auth: "session", response: z.null() })).toEqual(["200", "401", "default"]);
    expect(statuses({ auth: "session", response: z.null() }, "POST")).toEqual(["200", "401", "403", "default"]);
    expect(statuses({ auth: "session", permission: { thing: ["read"] }, response: z.null() })).toEqual(["200", "400", "401", "403", "404", "default"]);
    expect(statuses({ auth: "apiKey", body: z.object({}), idempotent: true, response: z.null() }, "POST", "/x/[id]")).toEqual(["200", "400", "401", "404", "409", "413", "415", "422", "429", "default"]);
    const document = documentOf([{ pattern: "/x", options: { auth: "public", response: z.null() } }]);
    expect(document.components.responses.NotFound).toEqual({ description: expect.any(String), content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } });
    expect(document.components.schemas.Error).toMatchObject({ type: "object", required: ["error"] });
  });

  it("maps auth modes to security requirements, with the scopes an API key needs", () => {
    const security = (auth: RouteOptions["auth"], apiKeys = true) => documentOf([{ pattern: "/x", options: { auth, permission: { thing: ["read"] }, response: z.null() } }], apiKeys).paths["/x"]!.get!.security;
    expect(security(["session", "apiKey"])).toEqual([{ sessionCookie: [] }, { apiKeyBearer: ["things:read"] }, { apiKeyHeader: ["things:read"] }]);
    expect(security("platformAdmin")).toEqual([{ sessionCookie: [] }]);
    expect(security("cron")).toEqual([{ cronSecret: [] }]);
    expect(security("public")).toEqual([{}]);
    // Without the api-keys module a session-or-key route takes sessions only.
    expect(security(["session", "apiKey"], false)).toEqual([{ sessionCookie: [] }]);
    const withoutKeys = documentOf([{ pattern: "/x", options: { auth: "session", response: z.null() } }], false);
    expect(Object.keys(withoutKeys.components.securitySchemes)).toEqual(["sessionCookie"]);
  });

  it("adds the X-Tenant-Id and Idempotency-Key headers where route() reads them", () => {
    const headers = (pattern: string, options: RouteOptions) => (documentOf([{ pattern, method: "POST", options }]).paths[pattern.replace(/\[(\w+)\]/g, "{$1}")]!.post!.parameters ?? []).filter((p) => p.in === "header").map((p) => p.name);
    expect(headers("/x", { auth: "session", permission: { thing: ["create"] }, idempotent: true, response: z.null() })).toEqual(["X-Tenant-Id", "Idempotency-Key"]);
    expect(headers("/t/[tenantId]", { auth: "session", permission: { thing: ["create"] }, response: z.null() })).toEqual([]);
    expect(headers("/x", { auth: "apiKey", tenant: true, response: z.null() })).toEqual([]);
  });

  it("takes the summary from the JSDoc's first sentence", () => {
    const document = documentOf([{ pattern: "/x", options: { auth: "public", response: z.null() }, description: "Lists the things. Oldest first." }]);
    expect(document.paths["/x"]!.get).toMatchObject({ summary: "Lists the things", description: "Lists the things. Oldest first." });
  });
});
