import { env } from "@/lib/env";
import { logger } from "@/lib/observability";
import { isProductionRuntime } from "@/lib/runtime";
import { keys } from "./keys";

export type StartInput = {
  production: boolean;
  emailProvider: boolean;
  verification: "required" | "optional" | undefined;
};

/**
 * What production needs before it serves anyone. Without an email provider nobody can confirm an
 * address, reset a password or get a lockout notice, so a deployment must say on purpose
 * (AUTH_EMAIL_VERIFICATION=optional) that it runs that way; it is then told so on every start.
 */
export function authStartProblems(input: StartInput): { error?: string; warning?: string } {
  if (!input.production || input.emailProvider) return {};
  if (input.verification !== "optional") {
    return {
      error:
        "No email provider is configured (RESEND_API_KEY), so addresses cannot be verified. Set RESEND_API_KEY, or set AUTH_EMAIL_VERIFICATION=optional to run without email on purpose.",
    };
  }
  return { warning: "Running in production without an email provider: addresses are not verified and no account email (reset, lockout notice) is delivered." };
}

/** The auth module's env check (boot calls it): parse the keys, then apply the production rules. */
export function authEnv() {
  const parsed = keys();
  const { error, warning } = authStartProblems({
    production: isProductionRuntime,
    emailProvider: Boolean(env.RESEND_API_KEY),
    verification: env.AUTH_EMAIL_VERIFICATION,
  });
  if (error) throw new Error(error);
  if (warning) logger.warn(warning);
  return parsed;
}
