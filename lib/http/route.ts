import { z } from "zod";
import { postgresCode } from "@/db/errors";
import { impersonationReadOnly } from "@/lib/auth/impersonation";
import { toUserContext, type SessionResult } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { isProduction } from "@/lib/runtime";
import { DomainError, coreError, errors } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { captureException } from "@/lib/observability";
import { recordHttpRequest, routePattern } from "@/lib/metrics/record";
import type { TenantContext, UserContext } from "@/lib/tenants/context";
import { findMembership, listUserTenants } from "@/lib/tenants/membership";
import { defaultMaxBodyBytes, parseJson, readTextBody } from "./body";
import type { ApiKeyAuthenticator, ApiKeyPrincipal } from "./api-key";
import { errorResponse } from "./errors";
import { isTrustedOrigin, isUnsafeMethod } from "./origin";
import { findForbiddenString } from "./strings";
import { hasBearerSecret } from "./bearer";
import { clientIp } from "./client-ip";
import { runIdempotently, toResponse } from "./idempotency";
import { zodFieldErrors } from "./zod";

export type AuthMode = "session" | "apiKey" | "platformAdmin" | "cron" | "public";

/** A permission as routes name it, e.g. `{ project: ["create"] }`; lib/app types it by the matrix. */
type AnyPermission = Record<string, readonly string[] | undefined>;

/** What route() needs from the assembled app (lib/app builds it from the module list). */
export type RouteDeps<P extends AnyPermission> = {
  getSession: (headers: Headers) => Promise<SessionResult | null>;
  access: {
    can(role: string, permission: P): boolean;
    scopesFor(permission: P): string[];
    scopesBeyondRole(role: string, scopes: readonly string[]): string[];
  };
  /** The api-keys module's authenticator; absent when the module is removed. */
  authenticateApiKey?: ApiKeyAuthenticator;
};

export type RouteOptions<P extends AnyPermission = AnyPermission> = {
  /** Who may call; a list accepts any of them (an API key is tried first). `public` skips authentication. */
  auth: AuthMode | readonly AuthMode[];
  /**
   * Resolve a tenant and check membership: from the `tenantId` path segment, else the API key,
   * else the `X-Tenant-Id` header, else the session's active tenant. Default: true when
   * `permission` is set.
   */
  tenant?: boolean;
  /** What the caller's role must grant in that tenant (the matrix the modules declare). */
  permission?: P;
  /** Schema for the JSON body; a failure answers 422 with field paths. */
  body?: z.ZodType;
  /**
   * Schema of the JSON answer: types what the handler returns, types the UI (`ResponseOf`), and
   * documents the route. Checked on every answer outside production, so tests catch drift.
   */
  response?: z.ZodType;
  /**
   * Media types of a successful answer, when the handler sends something other than JSON as its own
   * Response (an event stream, a CSV, an image). Documentation only: the OpenAPI document reads it.
   * @default ["application/json"]
   */
  responseTypes?: readonly string[];
  /** The status of a successful answer: 201 for a create, 204 for an answer with no body. @default 200 */
  status?: 200 | 201 | 202 | 204;
  /** Schema for the query string (values arrive as strings: use z.coerce). */
  query?: z.ZodType;
  /**
   * Media types the body may be sent as. A body of another type answers 415, which also stops
   * cross-site form posts (`text/plain`, `multipart/form-data`) before they are parsed. A request
   * with no body needs no type. @default ["application/json"]
   */
  contentTypes?: readonly string[];
  /** Largest accepted body. @default 1 MiB */
  maxBodyBytes?: number;
  /**
   * Honour an `Idempotency-Key` header: a repeat returns the first answer (money paths).
   * @default false
   */
  idempotent?: boolean;
  /**
   * Lets a read-only impersonation session make this unsafe call. Only ending the impersonation
   * does (`DELETE /platform/impersonations/current`); every other write it makes answers 403
   * `impersonation_read_only` (lib/auth/impersonation.ts). @default false
   */
  allowedWhileImpersonating?: boolean;
};

type TenantFlag<O extends RouteOptions> = O["tenant"] extends true
  ? true
  : O["tenant"] extends false
    ? false
    : O["permission"] extends AnyPermission
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
 * Builds `route()`, the one way into a route handler: authenticate, resolve the tenant, check the
 * permission, parse input, call the handler, and answer every failure in the one error envelope.
 * A handler returns data (sent as JSON 200) or a Response. lib/app calls this once with what the
 * modules contribute; route files import the result from there.
 */
export function createRoute<P extends AnyPermission>(deps: RouteDeps<P>) {
  const authenticate = authenticator(deps);
  return function route<const O extends RouteOptions<P>>(
    options: O,
    handler: (args: HandlerArgs<O>) => Promise<Answer<O>> | Answer<O>,
  ): RouteHandler {
    const wantsTenant = options.tenant ?? options.permission !== undefined;
    const answer = async (req: Request, context: NextContext) => {
      const requestId = newId("request");
      // Who the request was for, as far as it got: an unexpected error's report names them.
      const seen: { userId?: string; tenantId?: string } = {};
      try {
        const params = checkedStrings(normalizeParams(await context.params));
        const modes: readonly AuthMode[] = typeof options.auth === "string" ? [options.auth] : options.auth;
        const apiKey = modes.includes("apiKey") ? await authenticate.apiKey(req, modes.length === 1) : null;
        const user = apiKey ? null : await authenticate.user(modes.filter((m) => m !== "apiKey")[0] ?? "session", req, requestId, options.allowedWhileImpersonating === true);
        const tenant = !wantsTenant ? null : apiKey ? apiKeyTenant(apiKey, params, requestId) : await resolveTenant(req, params, user, requestId);
        seen.userId = user?.userId;
        seen.tenantId = tenant?.tenantId ?? apiKey?.tenantId;
        if (options.permission && tenant) authorize(deps.access, tenant, apiKey, options.permission);
        const query = options.query ? parse(options.query, checkedStrings(Object.fromEntries(new URL(req.url).searchParams))) : undefined;
        const body = options.body ? parse(options.body, checkedStrings(await readBody(req, options)) ?? {}) : undefined;
        const run = async () => toResponse(checkAnswer(options.response, await handler({ req, params, body, query, requestId, user, tenant, apiKey } as HandlerArgs<O>)), options.status);
        const key = options.idempotent ? req.headers.get("idempotency-key") : null;
        const response = key ? await runIdempotently(key, idempotencyScope(tenant, user, apiKey), req, run) : await run();
        response.headers.set("x-request-id", requestId);
        for (const [name, value] of Object.entries(apiKey?.rateLimitHeaders ?? {})) response.headers.set(name, value);
        return response;
      } catch (error) {
        return toErrorResponse(error, requestId, req, seen);
      }
    };
    const wrapped = async (req: Request, context: NextContext) => {
      const started = performance.now();
      const response = await answer(req, context);
      await measure(req, context, response.status, started);
      return response;
    };
    return Object.assign(wrapped, { meta: options as RouteOptions });
  };
}

/** Counts the answered request for /internal/metrics, by route pattern; never fails the request. */
async function measure(req: Request, context: NextContext, status: number, started: number): Promise<void> {
  try {
    const pattern = routePattern(new URL(req.url).pathname, normalizeParams(await context.params));
    recordHttpRequest(req.method, pattern, status, (performance.now() - started) / 1000);
  } catch {
    // A metric is not worth an error: the answer is already made.
  }
}

/** What a handler may return: its declared response's input (Dates and all), or any Response. */
type Answer<O extends RouteOptions> = O["response"] extends z.ZodType ? z.input<O["response"]> | Response : unknown;

/** Outside production, an answer that breaks its route's response schema fails loudly (500, logged). */
function checkAnswer(schema: z.ZodType | undefined, answer: unknown): unknown {
  if (!schema || isProduction || answer instanceof Response) return answer;
  const result = schema.safeParse(answer);
  if (!result.success) throw new Error(`The answer does not match the route's response schema: ${z.prettifyError(result.error)}`);
  return answer;
}

/**
 * Whose key space an Idempotency-Key lives in: the tenant and the caller. Two members (or two API
 * keys) who happen to pick the same key never get each other's stored answers.
 */
function idempotencyScope(tenant: TenantContext | null, user: UserContext | null, apiKey: ApiKeyPrincipal | null): string {
  const principal = apiKey ? `key:${apiKey.keyId}` : user ? `user:${user.userId}` : "anonymous";
  return `${tenant?.tenantId ?? "-"}:${principal}`;
}

function normalizeParams(raw: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw ?? {})) {
    if (typeof value === "string") out[key] = value;
    else if (Array.isArray(value)) out[key] = value.join("/");
  }
  return out;
}

/** Input holding a NUL or a lone surrogate answers 422 naming the field; Postgres would answer 500. */
function checkedStrings<T>(input: T): T {
  const path = findForbiddenString(input);
  if (path) throw errors.validation({ [path]: "Contains a NUL character or an unpaired surrogate." });
  return input;
}

/** The parsed JSON body (undefined when empty), refusing a body sent as any type the route does not take. */
async function readBody(req: Request, options: RouteOptions): Promise<unknown> {
  const text = await readTextBody(req, options.maxBodyBytes ?? defaultMaxBodyBytes);
  if (text.trim() === "") return undefined;
  const accepted = options.contentTypes ?? ["application/json"];
  if (!accepted.includes(mediaType(req))) {
    throw coreError("unsupported_media_type", `Send the body as ${accepted.join(" or ")} (Content-Type header).`);
  }
  return parseJson(text);
}

function mediaType(req: Request): string {
  return (req.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
}

function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw errors.validation(zodFieldErrors(result.error));
  return result.data;
}

function authenticator<P extends AnyPermission>(deps: RouteDeps<P>) {
  const optionalUser = async (req: Request, requestId: string, writesWhileImpersonating: boolean): Promise<UserContext | null> => {
    // A write from a foreign page carries our cookies but not our user's intent: it is anonymous.
    if (isUnsafeMethod(req.method) && !isTrustedOrigin(req.headers)) return null;
    const session = await deps.getSession(req.headers);
    if (!session) return null;
    const user = toUserContext(session, { requestId, ipAddress: clientIp(req), userAgent: req.headers.get("user-agent") });
    // Before any other check, so every write of an impersonation session gets the same answer
    // (a /platform write included, which would otherwise be the 404 non-admins get).
    if (user.impersonatorId && isUnsafeMethod(req.method) && !writesWhileImpersonating) throw impersonationReadOnly();
    return user;
  };
  return {
    async user(mode: AuthMode, req: Request, requestId: string, writesWhileImpersonating: boolean): Promise<UserContext | null> {
      switch (mode) {
        case "public":
          return optionalUser(req, requestId, writesWhileImpersonating);
        case "session":
        case "platformAdmin": {
          if (isUnsafeMethod(req.method) && !isTrustedOrigin(req.headers) && (await deps.getSession(req.headers))) {
            throw coreError("invalid_origin", "This request did not come from one of the app's pages (Origin check). API clients send an API key instead of cookies.");
          }
          const user = await optionalUser(req, requestId, writesWhileImpersonating);
          if (!user) throw errors.unauthorized();
          // To anyone else platform routes do not exist (as the admin pages answer 404).
          if (mode === "platformAdmin" && user.platformRole !== "admin") throw errors.notFound("Page");
          // Admin rights need a session that proved a second factor, however it was made.
          if (mode === "platformAdmin" && !user.secondFactorAt) throw coreError("second_factor_required", "Verify a second factor (authenticator code or passkey) at /step-up to use platform-admin routes.");
          return user;
        }
        case "cron":
          if (!isCronCaller(req)) throw errors.unauthorized("A valid cron secret is required.");
          return null;
        case "apiKey":
          throw errors.unauthorized("This route needs an API key.");
      }
    },
    /** Runs the api-keys module's authenticator, if the module is installed. */
    async apiKey(req: Request, required: boolean): Promise<ApiKeyPrincipal | null> {
      const principal = deps.authenticateApiKey ? await deps.authenticateApiKey(req) : null;
      if (!principal && required) {
        throw errors.unauthorized(deps.authenticateApiKey ? "Send an API key as `Authorization: Bearer sk_…` or `X-API-Key`." : "API keys are not enabled in this deployment.");
      }
      return principal;
    },
  };
}

/** An API key acts on its own tenant; a path naming another tenant is a 404, like any foreign id. */
function apiKeyTenant(key: ApiKeyPrincipal, params: Record<string, string>, requestId: string): TenantContext {
  if (params.tenantId && params.tenantId !== key.tenantId) throw errors.notFound("Tenant");
  // Keys carry scopes, not roles: "guest" is only a placeholder; authorize() checks the scopes.
  return { tenantId: key.tenantId, userId: null, role: "guest", via: "apiKey", requestId };
}

function authorize<P extends AnyPermission>(access: RouteDeps<P>["access"], tenant: TenantContext, apiKey: ApiKeyPrincipal | null, permission: P) {
  if (apiKey) {
    const needed = access.scopesFor(permission);
    const missing = needed.filter((scope) => !apiKey.scopes.includes(scope));
    if (missing.length) throw coreError("insufficient_scope", `This API key lacks the scope ${missing.join(", ")}.`);
    const outgrown = apiKey.creatorRole ? access.scopesBeyondRole(apiKey.creatorRole, needed) : [];
    if (outgrown.length) throw coreError("insufficient_scope", `This API key's creator is now ${apiKey.creatorRole} in this tenant, which does not allow ${outgrown.join(", ")}.`);
    return;
  }
  if (!access.can(tenant.role, permission)) throw errors.forbidden();
}

function isCronCaller(req: Request): boolean {
  return hasBearerSecret(req, env.CRON_SECRET);
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
  if (!membership) throw coreError("tenant_required", "You do not belong to any tenant yet: create one first.");
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

function toErrorResponse(error: unknown, requestId: string, req: Request, seen: { userId?: string; tenantId?: string }): Response {
  if (error instanceof DomainError) return errorResponse(error, requestId);
  if (error instanceof z.ZodError) return errorResponse(errors.validation(zodFieldErrors(error)), requestId);
  const pgCode = postgresCode(error);
  if (pgCode === "23505") return errorResponse(errors.conflict("That already exists."), requestId);
  if (pgCode === "23503") return errorResponse(errors.conflict("A referenced record does not exist."), requestId);
  captureException(error, { requestId, method: req.method, path: new URL(req.url).pathname, ...seen });
  return errorResponse(coreError("internal_error", `Something went wrong. Quote ${requestId} to support.`), requestId);
}

