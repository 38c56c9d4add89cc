import createIntlMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { appUrl } from "@/lib/auth/config";
import { isImpersonationCookie } from "@/lib/auth/impersonation-cookie";
import { contentSecurityPolicy, newNonce } from "@/lib/http/content-security-policy";
import { isTrustedOrigin, isUnsafeMethod } from "@/lib/http/origin";
import { lookupRoute, matchesPattern } from "@/lib/http/route-table";
import { apiRoutePrefixes, apiRouteTable, appPatterns, isPublicSitePath } from "@/lib/i18n/build-paths";
import { routing } from "@/lib/i18n/routing";
import { newId } from "@/lib/ids";
import { isProduction } from "@/lib/runtime";

const https = appUrl.startsWith("https://");
const localeRouting = createIntlMiddleware(routing);

/**
 * Runs before every page, route and server action (Next 16's successor to middleware.ts):
 * - a fresh CSP nonce per request, on the request (Next stamps it on its scripts) and the answer;
 * - HSTS when the app is served over https in production;
 * - unknown paths and wrong methods under the API prefixes answer 404/405 in the error envelope;
 * - read-only impersonation for server actions (route() and the Better Auth route file guard the rest);
 * - the Origin check for server actions. route() checks the app's REST routes itself, where it
 *   knows whether cookies or an API key authenticated the call; Next's own action check compares
 *   Origin with Host, lets a request without Origin through, and knows nothing of TRUSTED_ORIGINS;
 * - locale routing for the public site only (next-intl: `/pricing` is English, `/de/pricing`
 *   German, `/` redirects to `/de` for a German browser with no cookie). Those pages prerender, so
 *   their CSP has no nonce (lib/http/content-security-policy.ts).
 */
export async function proxy(request: NextRequest) {
  const unknown = isProduction ? unknownApiRoute(request) : null;
  if (unknown) return unknown;

  if (request.headers.has("next-action") && isUnsafeMethod(request.method) && !isTrustedOrigin(request.headers)) {
    return Response.json(
      { error: { code: "invalid_origin", message: "This request did not come from one of the app's pages (Origin check)." } },
      { status: 403 },
    );
  }

  // A read-only impersonation session may not run server actions (lib/auth/impersonation.ts).
  if (request.headers.has("next-action") && isUnsafeMethod(request.method) && (await isImpersonationCookie(request.cookies))) {
    return Response.json(
      {
        error: {
          code: "impersonation_read_only",
          message: "This is a read-only impersonation session: nothing can be changed while impersonating.",
        },
      },
      { status: 403 },
    );
  }

  if (isPublicSitePath(request.nextUrl.pathname)) {
    const response = localeRouting(request);
    return withSecurityHeaders(response, contentSecurityPolicy(null, { development: !isProduction, https }));
  }

  // A URL no page matches gets the prerendered 404, which has no nonce to match (production only:
  // in development every page renders per request).
  if (isProduction && !appPatterns.some((pattern) => matchesPattern(pattern, request.nextUrl.pathname))) {
    return withSecurityHeaders(NextResponse.next(), contentSecurityPolicy(null, { development: false, https }));
  }

  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, { development: !isProduction, https });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", policy);

  return withSecurityHeaders(NextResponse.next({ request: { headers: requestHeaders } }), policy);
}

function withSecurityHeaders(response: Response, policy: string): Response {
  response.headers.set("content-security-policy", policy);
  if (https && isProduction) response.headers.set("strict-transport-security", "max-age=63072000; includeSubDomains");
  return response;
}

function unknownApiRoute(request: NextRequest): Response | null {
  const path = request.nextUrl.pathname;
  if (!apiRoutePrefixes.includes(path.split("/")[1] ?? "")) return null;
  const found = lookupRoute(apiRouteTable, request.method, path);
  if (found.kind === "found") return null;
  const requestId = newId("request");
  const headers = { "x-request-id": requestId, ...(found.kind === "method_not_allowed" ? { allow: found.allow.join(", ") } : {}) };
  const error =
    found.kind === "not_found"
      ? { code: "not_found", message: `No route matches ${path}.` }
      : { code: "method_not_allowed", message: `${request.method} is not allowed here. Allowed: ${found.allow.join(", ")}.` };
  return Response.json({ error: { ...error, requestId } }, { status: found.kind === "not_found" ? 404 : 405, headers });
}

export const config = {
  // Everything but build assets, which carry no cookies and need no nonce.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|icon.svg|apple-touch-icon.png|og.png).*)" }],
};
