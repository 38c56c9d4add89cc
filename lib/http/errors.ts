/**
 * One error class, one code → status map, one envelope:
 * `{ "error": { "code": "not_found", "message": "…", "requestId": "req_…" } }`.
 * A module that needs a new code adds it here, so every code a client can see is listed once.
 */
export const errorStatus = {
  bad_request: 400,
  invalid_json: 400,
  tenant_required: 400,
  unauthorized: 401,
  invalid_signature: 401,
  payment_required: 402,
  plan_limit_reached: 402,
  insufficient_credits: 402,
  forbidden: 403,
  insufficient_scope: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  validation_failed: 422,
  rate_limited: 429,
  quota_exceeded: 429,
  internal_error: 500,
  service_unavailable: 503,
  billing_not_configured: 503,
  provider_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export class HttpError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly options: { fields?: Record<string, string>; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.name = "HttpError";
    this.status = errorStatus[code];
  }
}

export const errors = {
  badRequest: (message: string) => new HttpError("bad_request", message),
  unauthorized: (message = "Sign in to continue.") => new HttpError("unauthorized", message),
  forbidden: (message = "Your role does not allow this.") => new HttpError("forbidden", message),
  notFound: (what = "Resource") => new HttpError("not_found", `${what} not found.`),
  conflict: (message: string) => new HttpError("conflict", message),
  validation: (fields: Record<string, string>, message = "Some fields are invalid.") =>
    new HttpError("validation_failed", message, { fields }),
};

export function errorBody(error: HttpError, requestId: string) {
  return {
    error: {
      code: error.code,
      message: error.message,
      requestId,
      ...(error.options.fields ? { fields: error.options.fields } : {}),
    },
  };
}

export function errorResponse(error: HttpError, requestId: string): Response {
  return Response.json(errorBody(error, requestId), {
    status: error.status,
    headers: { "x-request-id": requestId, ...error.options.headers },
  });
}
