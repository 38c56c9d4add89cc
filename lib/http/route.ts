import { timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { getSessionFromHeaders, toUserContext, type SessionResult } from "@/lib/auth/session";
import { can, type Permission } from "@/lib/auth/roles";
import { scopesFor } from "@/lib/auth/scopes";
import { env } from "@/lib/env";
import { newId } from "@/lib/ids";
import { captureException } from "@/lib/observability";
import type { TenantContext, UserContext } from "@/lib/tenants/context";
import { findMembership, listUserTenants } from "@/lib/tenants/membership";
import { defaultMaxBodyBytes, readJsonBody } from "./body";
import type { ApiKeyPrincipal } from "./api-key";
import { errorResponse, errors, HttpError } from "./errors";
import { runIdempotently, toResponse } from "./idempotency";
import { zodFieldErrors } from "./zod";

export type AuthMode = "session" | "apiKey" | "platformAdmin" | "cron" | "public";

export type RouteOptions = {
  /** Who may call; a list accepts any of them (an API key is tried first). `public` skips authentication. */
  auth: AuthMode | readonly AuthMode[];
  /**
   * Resolve a tenant and check membership: from the `tenantId` path segment, else the API key,
   * else the `X-Tenant-Id` header, else the session's active tenant. Default: true when
   * `permission` is set.
   */
  tenant?: boolean;
  /** What the caller's role must grant in that tenant (lib/auth/roles.ts). */
  permission?: Permission;
  /** Schema for the JSON body; a failure answers 422 with field paths. */
  body?: z.ZodType;
  /** Schema for the query string (values arrive as strings: use z.coerce). */
  query?: z.ZodType;
  /** Largest accepted body. @default 1 MiB */
  maxBodyBytes?: number;
  /**
   * Honour an `Idempotency-Key` header: a repeat returns the first answer (money paths).
   * @default false
   */
  idempotent?: boolean;
};

type TenantFlag<O extends RouteOptions> = O["tenant"] extends true
  ? true
  : O["tenant"] extends false
    ? false
    : O["permission"] extends Permission
      ? true
      : false;

export type HandlerArgs<O extends RouteOptions> = {
  req: Request;
  params: Record<string, string>;
  body: O["body"] extends z.ZodType ? z.output<O["body"]> : undefined;
  query: O["query"] extends z.ZodType ? z.output<O["query"]> : undefined;
  requestId: string;
  /** The signed-in user (null for `public`, `cron` and API-key calls). */
  user: O["auth"] extends "session" | "platformAdmin" ? UserContext : UserContext | null;
  /** The API key that authenticated the call, if one did. */
  apiKey: ApiKeyPrincipal | null;
  tenant: TenantFlag<O> extends true ? TenantContext : null;
};

type NextContext = { params: Promise<Record<string, string | string[] | undefined>> };
export type RouteHandler = ((req: Request, context: NextContext) => Promise<Response>) & {
  meta: RouteOptions;
};

/**
 * The one way into a route handler: authenticate, resolve the tenant, check the permission,
 * parse input, call the handler, and answer every failure in the one error envelope. A handler
 * returns data (sent as JSON 200) or a Response.
 */
export function route<const O extends RouteOptions>(
  options: O,
  handler: (args: HandlerArgs<O>) => Promise<unknown> | unknown,
): RouteHandler {
  const wantsTenant = options.tenant ?? options.permission !== undefined;
  const wrapped = async (req: Request, context: NextContext) => {
    const requestId = newId("request");
    try {
      const params = normalizeParams(await context.params);
      const modes: readonly AuthMode[] = typeof options.auth === "string" ? [options.auth] : options.auth;
      const apiKey = modes.includes("apiKey") ? await authenticateApiKey(req, modes.length === 1) : null;
      const user = apiKey ? null : await authenticate(modes.filter((m) => m !== "apiKey")[0] ?? "session", req, requestId);
      const tenant = !wantsTenant ? null : apiKey ? apiKeyTenant(apiKey, params, requestId) : await resolveTenant(req, params, user, requestId);
      if (options.permission && tenant) authorize(tenant, apiKey, options.permission);
      const query = options.query ? parse(options.query, Object.fromEntries(new URL(req.url).searchParams)) : undefined;
      const body = options.body ? parse(options.body, (await readJsonBody(req, options.maxBodyBytes ?? defaultMaxBodyBytes)) ?? {}) : undefined;
      const run = () => handler({ req, params, body, query, requestId, user, tenant, apiKey } as HandlerArgs<O>);
      const key = options.idempotent ? req.headers.get("idempotency-key") : null;
      const response = key ? await runIdempotently(key, tenant?.tenantId ?? user?.userId ?? "public", req, run) : toResponse(await run());
      response.headers.set("x-request-id", requestId);
      for (const [name, value] of Object.entries(apiKey?.rateLimitHeaders ?? {})) response.headers.set(name, value);
      return response;
    } catch (error) {
      return toErrorResponse(error, requestId, req);
    }
  };
  return Object.assign(wrapped, { meta: options });
}

function normalizeParams(raw: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw ?? {})) {
    if (typeof value === "string") out[key] = value;
    else if (Array.isArray(value)) out[key] = value.join("/");
  }
  return out;
}

function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw errors.validation(zodFieldErrors(result.error));
  return result.data;
}

async function authenticate(mode: AuthMode, req: Request, requestId: string): Promise<UserContext | null> {
  switch (mode) {
    case "public":
      return optionalUser(await getSessionFromHeaders(req.headers), req, requestId);
    case "session":
    case "platformAdmin": {
      const user = optionalUser(await getSessionFromHeaders(req.headers), req, requestId);
      if (!user) throw errors.unauthorized();
      // To anyone else platform routes do not exist (as the admin pages answer 404).
      if (mode === "platformAdmin" && user.platformRole !== "admin") throw errors.notFound("Page");
      return user;
    }
    case "cron":
      if (!isCronCaller(req)) throw errors.unauthorized("A valid cron secret is required.");
      return null;
    case "apiKey":
      throw errors.unauthorized("This route needs an API key.");
  }
}

/** Runs the api-keys module's authenticator (registered in lib/modules.ts), if the module is there. */
async function authenticateApiKey(req: Request, required: boolean): Promise<ApiKeyPrincipal | null> {
  const { modules } = await import("@/lib/modules");
  const authenticator = modules.find((m) => m.authenticateApiKey)?.authenticateApiKey;
  const principal = authenticator ? await authenticator(req) : null;
  if (!principal && required) throw errors.unauthorized(authenticator ? "Send an API key as `Authorization: Bearer sk_…` or `X-API-Key`." : "API keys are not enabled in this deployment.");
  return principal;
}

/** An API key acts on its own tenant; a path naming another tenant is a 404, like any foreign id. */
function apiKeyTenant(key: ApiKeyPrincipal, params: Record<string, string>, requestId: string): TenantContext {
  if (params.tenantId && params.tenantId !== key.tenantId) throw errors.notFound("Tenant");
  // Keys carry scopes, not roles: "guest" is only a placeholder; authorize() checks the scopes.
  return { tenantId: key.tenantId, userId: null, role: "guest", via: "apiKey", requestId };
}

function authorize(tenant: TenantContext, apiKey: ApiKeyPrincipal | null, permission: Permission) {
  if (apiKey) {
    const missing = scopesFor(permission).filter((scope) => !apiKey.scopes.includes(scope));
    if (missing.length) throw new HttpError("insufficient_scope", `This API key lacks the scope ${missing.join(", ")}.`);
    return;
  }
  if (!can(tenant.role, permission)) throw errors.forbidden();
}

function optionalUser(session: SessionResult | null, req: Request, requestId: string): UserContext | null {
  return session ? toUserContext(session, { requestId, ipAddress: clientIp(req), userAgent: req.headers.get("user-agent") }) : null;
}

function isCronCaller(req: Request): boolean {
  const expected = env.CRON_SECRET;
  const given = req.headers.get("authorization")?.replace(/^Bearer\s+/i, "") ?? "";
  if (!expected || given.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

async function resolveTenant(
  req: Request,
  params: Record<string, string>,
  user: UserContext | null,
  requestId: string,
): Promise<TenantContext> {
  if (!user) throw errors.unauthorized();
  const named = params.tenantId ?? req.headers.get("x-tenant-id") ?? undefined;
  let membership = named ? await findMembership(user.userId, named) : null;
  if (named && !membership) throw errors.notFound("Tenant");
  if (!membership && user.activeTenantId) membership = await findMembership(user.userId, user.activeTenantId);
  if (!membership) {
    // No usable active tenant (never chosen, or left since): fall back to the oldest membership.
    const [first] = await listUserTenants(user.userId);
    if (first) membership = await findMembership(user.userId, first.id);
  }
  if (!membership) throw new HttpError("tenant_required", "You do not belong to any tenant yet: create one first.");
  return {
    tenantId: membership.tenantId,
    userId: user.userId,
    role: membership.role,
    via: "session",
    requestId,
    ipAddress: user.ipAddress,
    userAgent: user.userAgent,
  };
}

export function clientIp(req: Request): string | null {
  return req.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || req.headers.get("x-real-ip");
}

function toErrorResponse(error: unknown, requestId: string, req: Request): Response {
  if (error instanceof HttpError) return errorResponse(error, requestId);
  if (error instanceof z.ZodError) return errorResponse(errors.validation(zodFieldErrors(error)), requestId);
  const pgCode = postgresCode(error);
  if (pgCode === "23505") return errorResponse(errors.conflict("That already exists."), requestId);
  if (pgCode === "23503") return errorResponse(errors.conflict("A referenced record does not exist."), requestId);
  captureException(error, { requestId, method: req.method, path: new URL(req.url).pathname });
  return errorResponse(new HttpError("internal_error", `Something went wrong. Quote ${requestId} to support.`), requestId);
}

/** The SQLSTATE of a database error, looking through drizzle's wrapping. */
function postgresCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
