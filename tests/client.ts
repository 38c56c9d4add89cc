import { POST as authRoute } from "@/app/api/auth/[...all]/route";
import { auth } from "@/lib/app";
import type { SeedUser } from "@/seed/factories";
import { discoverRoutes, matchPattern, type ApiRoute, type Method } from "./routes";

const origin = "http://localhost:3000";
let routes: Promise<ApiRoute[]> | undefined;

export type CallOptions = {
  cookie?: string;
  body?: unknown;
  /** Sent as-is instead of JSON-encoding `body`. */
  rawBody?: string;
  headers?: Record<string, string>;
  /**
   * The page the request comes from. Default: the app's own origin when a cookie is sent, as a
   * browser on our pages would; `null` sends none (a cross-site form, a script elsewhere).
   */
  origin?: string | null;
};

/**
 * Calls a REST route in-process, exactly as Next.js would: the route file is found from the path,
 * its params are extracted, and the handler gets a real Request. No server, same code path.
 */
export async function call(method: Method, path: string, options: CallOptions = {}): Promise<Response> {
  routes ??= discoverRoutes();
  for (const candidate of await routes) {
    const params = matchPattern(candidate.pattern, path);
    const handler = params && candidate.handlers[method];
    if (!params || !handler) continue;
    const headers = new Headers(options.headers);
    if (options.cookie) headers.set("cookie", options.cookie);
    const from = options.origin === undefined ? (options.cookie ? origin : null) : options.origin;
    if (from && !headers.has("origin")) headers.set("origin", from);
    let body: string | undefined;
    if (options.rawBody !== undefined) body = options.rawBody;
    else if (options.body !== undefined) body = JSON.stringify(options.body);
    if (body !== undefined && !headers.has("content-type")) headers.set("content-type", "application/json");
    const req = new Request(origin + path, { method, headers, body });
    return handler(req, { params: Promise.resolve(params) });
  }
  throw new Error(`No route for ${method} ${path}`);
}

/** Calls and parses the JSON answer. */
export async function callJson<T = Record<string, unknown>>(method: Method, path: string, options?: CallOptions) {
  const response = await call(method, path, options);
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T, headers: response.headers };
}

/** Signs in through Better Auth's real email/password endpoint; returns a Cookie header. */
export async function signIn(user: Pick<SeedUser, "email" | "password">): Promise<string> {
  const response = await auth.api.signInEmail({ body: { email: user.email, password: user.password }, asResponse: true });
  if (!response.ok) throw new Error(`sign-in failed for ${user.email}: ${response.status} ${await response.text()}`);
  return cookieHeader(response);
}

/**
 * The Cookie header a browser would send after this response: the last value set for each name,
 * and none for a cookie set empty (a deletion: impersonation clears the old session cookie
 * before it sets the new one).
 */
export function cookieHeader(response: Response): string {
  const jar = new Map<string, string>();
  for (const cookie of response.headers.getSetCookie()) {
    const pair = cookie.split(";")[0] ?? "";
    const name = pair.slice(0, pair.indexOf("="));
    if (!name) continue;
    if (pair.length === name.length + 1) jar.delete(name);
    else jar.set(name, pair);
  }
  return [...jar.values()].join("; ");
}

/**
 * POSTs JSON to a Better Auth endpoint (`/api/auth/…`) through its route file, as a browser here
 * would (so the client address is resolved as in production: lib/auth/client-ip-header.ts).
 */
export function authPost(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return authRoute(
    new Request(origin + path, { method: "POST", headers: { "content-type": "application/json", origin, ...headers }, body: JSON.stringify(body) }),
  );
}
