import { appUrl } from "@/lib/auth/config";
import { env } from "@/lib/env";

const unsafeMethods = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * The origins whose pages may send the app's cookies on a write: the app itself (BETTER_AUTH_URL)
 * and any listed in TRUSTED_ORIGINS (a marketing site on another host, a preview URL).
 */
export const trustedOrigins: readonly string[] = [
  new URL(appUrl).origin,
  ...(env.TRUSTED_ORIGINS ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => new URL(entry).origin),
];

export function isUnsafeMethod(method: string): boolean {
  return unsafeMethods.has(method.toUpperCase());
}

/**
 * Whether a cookie-carrying write came from one of our own pages. SameSite=Lax cookies still ride
 * along on requests from sibling subdomains (same site, other origin) and on form posts, so the
 * cookie alone proves nothing. Browsers send `Origin` on every cross-origin write and on same-origin
 * fetches; when it is missing, `Sec-Fetch-Site: same-origin` is the browser's word instead. A
 * request with neither is refused: no browser we support sends a write without one of them.
 */
export function isTrustedOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (origin) return trustedOrigins.includes(origin);
  return headers.get("sec-fetch-site") === "same-origin";
}
