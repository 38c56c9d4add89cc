/**
 * Domain errors: what lib/ code throws when something cannot be done. Each carries a stable `code`
 * a client can branch on and a `kind` saying what went wrong in terms of the domain, not of HTTP;
 * `route()` (lib/http) maps kinds to statuses, jobs record them as failures. A module declares its
 * codes with `defineErrors` and lists them in its manifest, so every code a client can see is
 * declared once, by the module that throws it (the list is in the API docs' error table).
 */
export type ErrorKind =
  | "invalid"
  | "unauthenticated"
  | "payment_required"
  | "forbidden"
  | "not_found"
  | "method_not_allowed"
  | "conflict"
  | "too_large"
  | "unsupported_media"
  | "unprocessable"
  | "rate_limited"
  | "internal"
  | "unavailable";

export type ErrorDetails = {
  /** Field path → message, for input that failed validation. */
  fields?: Record<string, string>;
  /** Extra response headers (Retry-After, RateLimit-*), set by route() on the answer. */
  headers?: Record<string, string>;
};

export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly kind: ErrorKind,
    message: string,
    readonly details: ErrorDetails = {},
  ) {
    super(message);
    this.name = "DomainError";
  }
}

/** A module's error codes: `code → kind`. */
export type ErrorCatalog = Readonly<Record<string, ErrorKind>>;

/**
 * Declares a module's error codes and returns a typed factory for them:
 * `const creditErrors = defineErrors({ insufficient_credits: "payment_required" })`, then
 * `throw creditErrors("insufficient_credits", "Top up to continue.")`. List `creditErrors.codes`
 * in the manifest.
 */
export function defineErrors<const C extends ErrorCatalog>(codes: C) {
  const make = (code: keyof C & string, message: string, details?: ErrorDetails) => new DomainError(code, codes[code]!, message, details);
  return Object.assign(make, { codes });
}

/** The codes core itself throws. */
export const coreError = defineErrors({
  bad_request: "invalid",
  invalid_json: "invalid",
  tenant_required: "invalid",
  unauthorized: "unauthenticated",
  invalid_signature: "unauthenticated",
  forbidden: "forbidden",
  insufficient_scope: "forbidden",
  second_factor_required: "forbidden",
  impersonation_read_only: "forbidden",
  invalid_origin: "forbidden",
  email_not_verified: "forbidden",
  second_factor_unreadable: "conflict",
  not_found: "not_found",
  method_not_allowed: "method_not_allowed",
  conflict: "conflict",
  payload_too_large: "too_large",
  unsupported_media_type: "unsupported_media",
  validation_failed: "unprocessable",
  rate_limited: "rate_limited",
  internal_error: "internal",
  service_unavailable: "unavailable",
});

/** Shorthands for the errors every module throws. */
export const errors = {
  badRequest: (message: string) => coreError("bad_request", message),
  unauthorized: (message = "Sign in to continue.") => coreError("unauthorized", message),
  forbidden: (message = "Your role does not allow this.") => coreError("forbidden", message),
  notFound: (what = "Resource") => coreError("not_found", `${what} not found.`),
  conflict: (message: string) => coreError("conflict", message),
  validation: (fields: Record<string, string>, message = "Some fields are invalid.") => coreError("validation_failed", message, { fields }),
  unavailable: (message: string) => coreError("service_unavailable", message),
};
