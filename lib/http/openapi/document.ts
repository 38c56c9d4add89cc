import { errorEnvelope } from "../errors";
import { errorResponseComponents } from "./errors";
import { describeOperation, openApiPath, type DocumentedOperation, type Operation, type OperationContext } from "./operation";
import { addComponent, toOpenApiSchema, type JsonSchema, type SchemaComponents } from "./schema";

/** One route file: its URL pattern, the module that owns it, and its exported methods. */
export type DocumentedRoute = {
  /** As Next names it: `/projects/[projectId]`. */
  pattern: string;
  /** The tag its operations get: the owning module's id. */
  tag: string;
  operations: DocumentedOperation[];
};

export type DocumentedTag = {
  name: string;
  description?: string;
  /** Shown instead of `name` (Redoc's `x-displayName`; the API reference's page titles). */
  displayName?: string;
  /** The module's docs page. */
  docsUrl?: string;
};

export type DocumentInput = {
  info: { title: string; version: string; description?: string };
  tags: DocumentedTag[];
  routes: DocumentedRoute[];
  /** Whether API keys authenticate (the api-keys module is installed). */
  apiKeys: boolean;
  /** The API-key scopes a permission needs. */
  scopesFor: OperationContext["scopesFor"];
  /** Better Auth's session cookie. */
  sessionCookie: string;
};

export type OpenApiDocument = {
  openapi: string;
  info: DocumentInput["info"];
  tags: { name: string; description?: string; "x-displayName"?: string; externalDocs?: { url: string } }[];
  paths: Record<string, Record<string, Operation>>;
  components: {
    schemas: SchemaComponents;
    responses: Record<string, unknown>;
    securitySchemes: Record<string, JsonSchema>;
  };
};

/**
 * The OpenAPI 3.1 document of the routes given: paths from their patterns, one operation per
 * exported method described from its route() options (parameters, body, answer, the failures
 * route() itself produces, security), one error envelope, one tag per module.
 */
export function buildOpenApiDocument(input: DocumentInput): OpenApiDocument {
  const schemas: SchemaComponents = {};
  addComponent(schemas, "Error", toOpenApiSchema(errorEnvelope, schemas, "Error"));
  const paths: OpenApiDocument["paths"] = {};
  for (const route of [...input.routes].sort((a, b) => a.pattern.localeCompare(b.pattern))) {
    const context: OperationContext = { pattern: route.pattern, tag: route.tag, apiKeys: input.apiKeys, scopesFor: input.scopesFor, components: schemas };
    const item: Record<string, Operation> = {};
    for (const operation of route.operations) item[operation.method.toLowerCase()] = describeOperation(operation, context);
    const path = openApiPath(route.pattern);
    if (paths[path]) throw new Error(`Two route files serve ${path}.`);
    paths[path] = item;
  }
  const used = new Set(input.routes.map((route) => route.tag));
  return {
    openapi: "3.1.1",
    info: input.info,
    tags: input.tags
      .filter((tag) => used.has(tag.name))
      .sort((a, b) => (a.displayName ?? a.name).localeCompare(b.displayName ?? b.name))
      .map((tag) => ({
        name: tag.name,
        ...(tag.description ? { description: tag.description } : {}),
        ...(tag.displayName ? { "x-displayName": tag.displayName } : {}),
        ...(tag.docsUrl ? { externalDocs: { url: tag.docsUrl } } : {}),
      })),
    paths,
    components: { schemas: sortKeys(schemas), responses: errorResponseComponents(), securitySchemes: securitySchemes(paths, input.sessionCookie) },
  };
}

/** The schemes some operation asks for, and only those (a tree without API keys lists none). */
function securitySchemes(paths: OpenApiDocument["paths"], sessionCookie: string): Record<string, JsonSchema> {
  const all: Record<string, JsonSchema> = {
    sessionCookie: {
      type: "apiKey",
      in: "cookie",
      name: sessionCookie,
      description: `The session Better Auth sets at sign-in (\`__Secure-${sessionCookie}\` over https). Writes must come from the app's own pages (Origin check); other clients use an API key.`,
    },
    apiKeyBearer: { type: "http", scheme: "bearer", description: "A tenant API key, `Authorization: Bearer sk_live_…` (or `sk_test_…`). The scopes listed are those the operation needs." },
    apiKeyHeader: { type: "apiKey", in: "header", name: "X-API-Key", description: "The same API key in its own header." },
    cronSecret: { type: "http", scheme: "bearer", description: "`Authorization: Bearer <CRON_SECRET>`, for a scheduler such as Vercel Cron." },
  };
  const used = new Set(Object.values(paths).flatMap((item) => Object.values(item).flatMap((operation) => operation.security.flatMap((requirement) => Object.keys(requirement)))));
  return Object.fromEntries(Object.entries(all).filter(([name]) => used.has(name)));
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}
