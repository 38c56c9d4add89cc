/** What Better Auth's client returns in `error`. */
export type AuthClientError = { message?: string; code?: string; status?: number; statusText?: string } | null | undefined;

const friendly: Record<string, string> = {
  INVALID_EMAIL_OR_PASSWORD: "That email and password do not match.",
  USER_ALREADY_EXISTS: "An account with this email already exists. Sign in instead.",
  USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL: "An account with this email already exists. Sign in instead.",
  EMAIL_NOT_VERIFIED: "Confirm your email address first: we sent you a link.",
  PASSWORD_TOO_SHORT: "Use at least 8 characters.",
  PASSWORD_TOO_LONG: "Use at most 128 characters.",
  INVALID_TOKEN: "This link is invalid or has expired. Request a new one.",
};

/** A sentence to show for a Better Auth error; its own message when we have no better one. */
export function authErrorMessage(error: AuthClientError): string {
  if (!error) return "Something went wrong.";
  if (error.status === 429) return "Too many attempts. Wait a minute and try again.";
  if (error.code && friendly[error.code]) return friendly[error.code] as string;
  return error.message || error.statusText || "Something went wrong.";
}

/** Whether the error is about the password field (shown under it rather than as a banner). */
export function isPasswordError(error: AuthClientError): boolean {
  return Boolean(error?.code && /PASSWORD/.test(error.code) && error.code !== "INVALID_EMAIL_OR_PASSWORD");
}
