import { useTranslations } from "next-intl";

/** What Better Auth's client returns in `error`. */
export type AuthClientError = { message?: string; code?: string; status?: number; statusText?: string } | null | undefined;

/** Better Auth error codes with a sentence of our own under `auth.errors.<code>`. */
const translatedCodes = new Set([
  "INVALID_EMAIL_OR_PASSWORD",
  "INVALID_EMAIL",
  "USER_ALREADY_EXISTS",
  "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL",
  "EMAIL_NOT_VERIFIED",
  "PASSWORD_TOO_SHORT",
  "PASSWORD_TOO_LONG",
  "INVALID_PASSWORD",
  "INVALID_TOKEN",
  "SESSION_EXPIRED",
  "PASSWORD_COMPROMISED",
  // A module's beforeUserSignUp gate refused the account (the waitlist's invite-only mode).
  "SIGN_UP_CLOSED",
  // A module's beforeSignIn gate refused the session (the privacy module: deletion scheduled).
  "DELETION_SCHEDULED",
]);

/** `useTranslations("auth.errors")` or `getTranslations("auth.errors")`. */
type ErrorTranslator = (key: string) => string;

/**
 * A sentence for a Better Auth error, in the reader's language. Better Auth's own `message` is
 * English whatever the locale, so a code we have no sentence for gets the generic one rather than
 * an English fragment in a German form.
 */
export function authErrorMessage(error: AuthClientError, t: ErrorTranslator): string {
  if (error?.status === 429) return t("tooManyAttempts");
  if (error?.code && translatedCodes.has(error.code)) return t(error.code);
  return t("generic");
}

/** `authErrorMessage` bound to this component's locale: `const authError = useAuthErrorMessage()`. */
export function useAuthErrorMessage(): (error: AuthClientError) => string {
  const t = useTranslations("auth.errors");
  return (error) => authErrorMessage(error, t);
}

/** Whether the error is about the password field (shown under it rather than as a banner). */
export function isPasswordError(error: AuthClientError): boolean {
  return Boolean(error?.code && /PASSWORD/.test(error.code) && error.code !== "INVALID_EMAIL_OR_PASSWORD");
}
