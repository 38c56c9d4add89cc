import { APIError } from "better-auth/api";
import { clientIpFrom } from "@/lib/http/client-ip";
import { rateLimit, rateLimitHeaders, rateLimitStore, RateLimitUnavailableError, type RateLimitRule } from "@/lib/rate-limit";

/** Better Auth's own rules, kept the same when the shared store does the counting. */
const rules: { prefixes: string[]; rule: RateLimitRule }[] = [
  { prefixes: ["/sign-in", "/sign-up", "/change-password", "/change-email", "/two-factor/"], rule: { limit: 3, windowSeconds: 10 } },
  { prefixes: ["/request-password-reset", "/forget-password", "/send-verification-email", "/magic-link"], rule: { limit: 3, windowSeconds: 60 } },
];
const general: RateLimitRule = { limit: 100, windowSeconds: 10 };

/**
 * Login throttling on the shared rate-limit store. With Redis or Upstash configured, auth limits
 * live where every other limit lives (one store, every process). With only the in-process store
 * they stay in Better Auth's database table instead, which — unlike process memory — every
 * process shares. Returns whether this module does the throttling.
 */
export function throttlesOnSharedStore(): boolean {
  return rateLimitStore() !== "memory";
}

export async function throttleAuthRequest(path: string, headers: Headers | undefined): Promise<void> {
  if (!headers) return; // a server-side call (auth.api.*), not a request from a client
  const ip = clientIpFrom(headers) ?? "unknown";
  const rule = rules.find((r) => r.prefixes.some((prefix) => path.startsWith(prefix)))?.rule ?? general;
  let result;
  try {
    result = await rateLimit(`auth:${path}:${ip}`, rule);
  } catch (error) {
    if (error instanceof RateLimitUnavailableError) throw new APIError("SERVICE_UNAVAILABLE", { message: "Sign-in is briefly unavailable. Try again in a minute." });
    throw error;
  }
  if (!result.success) {
    throw new APIError("TOO_MANY_REQUESTS", { message: "Too many attempts. Wait a few seconds and try again." }, rateLimitHeaders(result));
  }
}
