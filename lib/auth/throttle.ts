import { APIError } from "better-auth/api";
import { rateLimit, rateLimitHeaders, rateLimitStore } from "@/lib/rate-limit";

/** Better Auth's own rule for these paths: 3 tries per 10 s per address. */
const rule = { limit: 3, windowSeconds: 10 };
const throttled = ["/sign-in", "/sign-up", "/magic-link", "/request-password-reset", "/reset-password", "/change-password", "/change-email"];

/**
 * Login throttling on the shared rate-limit store. With Redis or Upstash configured, sign-in and
 * sign-up limits live where every other limit lives (one store, every process). With only the
 * in-process store they stay in Better Auth's database table instead, which — unlike process
 * memory — every process shares. Returns whether this module does the throttling.
 */
export function throttlesOnSharedStore(): boolean {
  return rateLimitStore() !== "memory";
}

export async function throttleAuthRequest(path: string, headers: Headers | undefined): Promise<void> {
  if (!headers || !throttled.some((prefix) => path.startsWith(prefix))) return;
  const ip = headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "unknown";
  const result = await rateLimit(`auth:${path}:${ip}`, rule);
  if (!result.success) {
    throw new APIError("TOO_MANY_REQUESTS", { message: "Too many attempts. Wait a few seconds and try again." }, rateLimitHeaders(result));
  }
}
