import { env } from "@/lib/env";
import { isProductionRuntime } from "@/lib/runtime";

/** The origin browsers use; Better Auth refuses mutations from any other ("Invalid origin"). */
export const appUrl = (env.BETTER_AUTH_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, "");

/**
 * A fixed secret for development and tests only: production refuses to start without
 * BETTER_AUTH_SECRET (see lib/auth/keys.ts), so this value can never sign a real session.
 */
const developmentSecret = "keel-development-secret-not-for-production-use";
export const authSecret = env.BETTER_AUTH_SECRET ?? (isProductionRuntime ? undefined : developmentSecret);

/**
 * Whether a new account must confirm its address before it gets a session. With the local
 * mailbox nobody can receive mail, so the default there is `optional`; with Resend, `required`.
 */
export const emailVerificationRequired =
  (env.AUTH_EMAIL_VERIFICATION ?? (env.RESEND_API_KEY ? "required" : "optional")) === "required";

const isLocalUrl = ["localhost", "127.0.0.1", "[::1]"].includes(new URL(appUrl).hostname);

/** Whether Better Auth throttles sign-in and sign-up (see AUTH_RATE_LIMIT in keys.ts). */
export const authRateLimitEnabled =
  env.AUTH_RATE_LIMIT === "on" || (isProductionRuntime && !(env.AUTH_RATE_LIMIT === "off" && isLocalUrl));

/**
 * Google's `email_verified` claim, strictly: only the boolean `true` verifies an address (a string
 * "false" would be truthy). GitHub's adapter already reads the `verified` flag of the matching
 * address from its emails API, and falls back to false.
 */
export function googleProfileToUser(profile: { email_verified?: unknown }): { emailVerified: boolean } {
  return { emailVerified: profile.email_verified === true };
}

export const socialProviders = {
  github: env.GITHUB_CLIENT_ID && env.GITHUB_CLIENT_SECRET
    ? { clientId: env.GITHUB_CLIENT_ID, clientSecret: env.GITHUB_CLIENT_SECRET }
    : undefined,
  google: env.GOOGLE_CLIENT_ID && env.GOOGLE_CLIENT_SECRET
    ? { clientId: env.GOOGLE_CLIENT_ID, clientSecret: env.GOOGLE_CLIENT_SECRET, mapProfileToUser: googleProfileToUser }
    : undefined,
};

/** The social sign-in buttons to show: only providers whose keys are set. */
export function enabledSocialProviders(): ("github" | "google")[] {
  return (["github", "google"] as const).filter((name) => socialProviders[name] !== undefined);
}

export function isPlatformAdminEmail(email: string): boolean {
  const list = (env.PLATFORM_ADMIN_EMAILS ?? "").split(",").map((e) => e.trim().toLowerCase());
  return list.includes(email.toLowerCase());
}

/** Whether sign-up refuses throwaway addresses (AUTH_BLOCK_DISPOSABLE_EMAILS). */
export const blockDisposableEmails = env.AUTH_BLOCK_DISPOSABLE_EMAILS === "on";

/** The longest a read-only impersonation session lives (IMPERSONATION_MAX_MINUTES, at most 60). */
export const impersonationMaxMinutes = Math.min(env.IMPERSONATION_MAX_MINUTES, 60);
