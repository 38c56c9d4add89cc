/**
 * The failures route() answers by itself, as shared responses (`#/components/responses/<name>`),
 * each in the one error envelope (`#/components/schemas/Error`). Operations list those their
 * options make possible; `Error` (the `default` response) stands for the rest.
 */
export const errorResponses = {
  BadRequest: { status: "400", description: "`invalid_json`: the body is not JSON; `tenant_required`: the caller belongs to no tenant." },
  Unauthorized: { status: "401", description: "`unauthorized`: no valid session, API key or cron secret." },
  Forbidden: {
    status: "403",
    description:
      "`forbidden` (the role lacks the permission), `insufficient_scope` (the API key lacks a scope), `invalid_origin` (a cookie write from another site), `impersonation_read_only`, `second_factor_required` (platform routes).",
  },
  NotFound: { status: "404", description: "`not_found`: no such resource, or one in a tenant the caller cannot see (never 403, so ids are not confirmed)." },
  Conflict: { status: "409", description: "`conflict`: this `Idempotency-Key` is in use by a request still running, or was used for another request." },
  PayloadTooLarge: { status: "413", description: "`payload_too_large`: the body is over the route's limit (1 MiB unless it says otherwise)." },
  UnsupportedMediaType: { status: "415", description: "`unsupported_media_type`: the body was sent as a type the route does not take." },
  ValidationFailed: { status: "422", description: "`validation_failed`: the body, query or a path segment failed validation; `fields` names each problem." },
  RateLimited: { status: "429", description: "`rate_limited`: the API key or tenant is over its rate limit; see `Retry-After` and `RateLimit-*`." },
  Error: { status: "default", description: "Any other failure, in the same envelope: the module's own codes (`plan_limit_reached` 402, `conflict` 409, …), `internal_error` 500." },
} as const;

export type ErrorResponseName = keyof typeof errorResponses;

/** `components.responses`: every shared error response, pointing at the envelope. */
export function errorResponseComponents(): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(errorResponses).map(([name, { description }]) => [
      name,
      { description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
    ]),
  );
}
