import type { AuthMode, RouteOptions } from "../route";
import { errorResponses, type ErrorResponseName } from "./errors";
import { toOpenApiSchema, type JsonSchema, type SchemaComponents } from "./schema";

export const httpMethods = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type HttpMethod = (typeof httpMethods)[number];

/** What the generator knows of one exported method of a route file. */
export type DocumentedOperation = {
  method: HttpMethod;
  /** The handler's route() options (`handler.meta`). */
  options: RouteOptions;
  /** The JSDoc above the export, if any. */
  description?: string;
};

export type Parameter = { name: string; in: "path" | "query" | "header"; required: boolean; description?: string; schema: JsonSchema };
export type SecurityRequirement = Record<string, string[]>;
export type Operation = {
  operationId: string;
  tags: string[];
  summary?: string;
  description?: string;
  parameters?: Parameter[];
  requestBody?: { required: boolean; content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, unknown>;
  security: SecurityRequirement[];
  /** route()'s `auth`, as declared: the API reference shows it. */
  "x-keel-auth": AuthMode[];
  /** route()'s `permission`, e.g. `{ project: ["read"] }`. */
  "x-keel-permission"?: Record<string, readonly string[]>;
};

export type OperationContext = {
  /** The URL pattern as Next names it: `/projects/[projectId]`. */
  pattern: string;
  tag: string;
  /** Whether API keys authenticate here (the api-keys module is installed). */
  apiKeys: boolean;
  /** The API-key scopes a permission needs; API-key security requirements list them. */
  scopesFor: (permission: Record<string, readonly string[]>) => string[];
  components: SchemaComponents;
};

/** `/projects/[projectId]` → `/projects/{projectId}`. */
export function openApiPath(pattern: string): string {
  return pattern.replace(/\[([^\]]+)\]/g, "{$1}");
}

/** One operation of the document, read from what route() was given. */
export function describeOperation({ method, options, description }: DocumentedOperation, context: OperationContext): Operation {
  const operationId = operationIdOf(method, context.pattern);
  const modes: AuthMode[] = typeof options.auth === "string" ? [options.auth] : [...options.auth];
  const parameters = [...pathParameters(context.pattern), ...queryParameters(options, context, operationId), ...headerParameters(options, modes, context.pattern)];
  return {
    operationId,
    tags: [context.tag],
    ...(description ? { summary: firstSentence(description), description } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(options.body ? { requestBody: requestBody(options, context, operationId) } : {}),
    responses: { ...successResponse(options, context, operationId), ...errorReferences(options, method, modes, context.pattern) },
    security: securityOf(modes, options, context),
    "x-keel-auth": modes,
    ...(options.permission ? { "x-keel-permission": options.permission as Record<string, readonly string[]> } : {}),
  };
}

/** `GET /tenants/{tenantId}/api-keys` → `getTenantsTenantIdApiKeys`: unique per method and path. */
function operationIdOf(method: HttpMethod, pattern: string): string {
  const words = pattern.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return method.toLowerCase() + words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join("");
}

function firstSentence(text: string): string {
  const end = text.search(/[.:](\s|$)/);
  return (end === -1 ? text : text.slice(0, end)).replace(/\s+/g, " ").trim();
}

function pathParameters(pattern: string): Parameter[] {
  return [...pattern.matchAll(/\[([^\]]+)\]/g)].map((match) => ({ name: match[1]!, in: "path" as const, required: true, schema: { type: "string" } }));
}

function queryParameters(options: RouteOptions, context: OperationContext, operationId: string): Parameter[] {
  if (!options.query) return [];
  const schema = toOpenApiSchema(options.query, context.components, `${operationId}Query`);
  const properties = schema.properties as Record<string, JsonSchema> | undefined;
  // A query that is not one flat object (a union, say) is one form-style parameter.
  if (!properties) return [{ name: "query", in: "query", required: false, schema }];
  const required = new Set((schema.required as string[] | undefined) ?? []);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: "query" as const,
    required: required.has(name),
    ...(typeof property.description === "string" ? { description: property.description } : {}),
    schema: property,
  }));
}

function headerParameters(options: RouteOptions, modes: AuthMode[], pattern: string): Parameter[] {
  const headers: Parameter[] = [];
  const wantsTenant = options.tenant ?? options.permission !== undefined;
  if (wantsTenant && !pattern.includes("[tenantId]") && modes.some((mode) => mode === "session" || mode === "platformAdmin")) {
    headers.push({
      name: "X-Tenant-Id",
      in: "header",
      required: false,
      description: "The tenant to act in, one the caller belongs to (else the session's active tenant). An API key always acts in its own tenant.",
      schema: { type: "string" },
    });
  }
  if (options.idempotent) {
    headers.push({
      name: "Idempotency-Key",
      in: "header",
      required: false,
      description: "A repeat with the same key gets the first answer (header `idempotent-replayed: true`) instead of acting twice.",
      schema: { type: "string", maxLength: 255 },
    });
  }
  return headers;
}

function requestBody(options: RouteOptions, context: OperationContext, operationId: string): NonNullable<Operation["requestBody"]> {
  const body = options.body!;
  const schema = toOpenApiSchema(body, context.components, `${operationId}Body`);
  // route() parses an empty body as `{}`: the body is optional exactly when `{}` passes.
  const required = !body.safeParse({}).success;
  return { required, content: Object.fromEntries((options.contentTypes ?? ["application/json"]).map((type) => [type, { schema }])) };
}

const successText: Record<number, string> = { 200: "OK", 201: "Created", 202: "Accepted", 204: "No content" };

function successResponse(options: RouteOptions, context: OperationContext, operationId: string): Record<string, unknown> {
  const status = options.status ?? 200;
  if (status === 204) return { "204": { description: successText[204] } };
  // A route with no response schema still gets an answer: anything.
  const schema = options.response ? toOpenApiSchema(options.response, context.components, `${operationId}Response`) : { description: "Not declared by the route." };
  const description = typeof schema.description === "string" ? schema.description : successText[status]!;
  const types = options.responseTypes ?? ["application/json"];
  return { [String(status)]: { description, content: Object.fromEntries(types.map((type) => [type, { schema }])) } };
}

/**
 * The failures route() itself can produce for these options, then `default` for the rest: the
 * domain errors a handler throws (402, 409, …) are not known without running it.
 */
function errorReferences(options: RouteOptions, method: HttpMethod, modes: AuthMode[], pattern: string): Record<string, unknown> {
  const wantsTenant = options.tenant ?? options.permission !== undefined;
  const session = modes.some((mode) => mode === "session" || mode === "platformAdmin");
  const unsafe = method !== "GET";
  const pathParams = pattern.includes("[");
  const applies: Record<ErrorResponseName, boolean> = {
    BadRequest: options.body !== undefined || (wantsTenant && session),
    Unauthorized: modes.some((mode) => mode !== "public"),
    Forbidden: options.permission !== undefined || modes.includes("platformAdmin") || (session && unsafe),
    NotFound: pathParams || (wantsTenant && session) || modes.includes("platformAdmin"),
    Conflict: options.idempotent === true,
    PayloadTooLarge: options.body !== undefined,
    UnsupportedMediaType: options.body !== undefined,
    ValidationFailed: options.body !== undefined || options.query !== undefined || pathParams || options.idempotent === true,
    RateLimited: modes.includes("apiKey"),
    Error: true,
  };
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(errorResponses) as [ErrorResponseName, (typeof errorResponses)[ErrorResponseName]][]) {
    if (applies[name]) out[spec.status] = { $ref: `#/components/responses/${name}` };
  }
  return out;
}

function securityOf(modes: AuthMode[], options: RouteOptions, context: OperationContext): SecurityRequirement[] {
  const requirements: SecurityRequirement[] = [];
  for (const mode of modes) {
    if (mode === "session" || mode === "platformAdmin") requirements.push({ sessionCookie: [] });
    if (mode === "cron") requirements.push({ cronSecret: [] });
    // Without the api-keys module these calls answer 401; a key-only route still says what it wants.
    if (mode === "apiKey" && (context.apiKeys || modes.length === 1)) {
      const scopes = options.permission ? context.scopesFor(options.permission as Record<string, readonly string[]>) : [];
      requirements.push({ apiKeyBearer: scopes }, { apiKeyHeader: scopes });
    }
  }
  // `{}` is "no credentials": a public route, or one that also answers anonymous callers.
  if (modes.includes("public")) requirements.push({});
  return dedupe(requirements);
}

function dedupe(requirements: SecurityRequirement[]): SecurityRequirement[] {
  const seen = new Set<string>();
  return requirements.filter((requirement) => {
    const key = JSON.stringify(requirement);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
