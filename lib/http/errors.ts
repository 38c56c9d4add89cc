import { z } from "zod";
import { DomainError, type ErrorKind } from "@/lib/errors";

/**
 * One envelope for every failure: `{ "error": { "code": "not_found", "message": "…", "requestId": "req_…" } }`.
 * Domain code throws DomainErrors (lib/errors.ts); this is the one place their kinds become
 * HTTP statuses.
 */
export const statusOfKind: Record<ErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  payment_required: 402,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  too_large: 413,
  unsupported_media: 415,
  unprocessable: 422,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
};

export function statusOf(error: DomainError): number {
  return statusOfKind[error.kind];
}

/** The envelope as a schema: the OpenAPI document's one `Error` component. errorBody answers it. */
export const errorEnvelope = z
  .object({
    error: z.object({
      code: z.string().describe("Stable and machine-readable: branch on it (`not_found`, `validation_failed`, `plan_limit_reached`, …)."),
      message: z.string().describe("For people; the wording may change."),
      requestId: z.string().describe("`req_…`, also sent as the `x-request-id` header: quote it to support."),
      fields: z.record(z.string(), z.string()).optional().describe("422 only: field path → message (`props.url`); a root-level issue is keyed `_root`."),
    }),
  })
  .describe("The error envelope: every failure answers this shape.");

export function errorBody(error: DomainError, requestId: string): z.output<typeof errorEnvelope> {
  return {
    error: {
      code: error.code,
      message: error.message,
      requestId,
      ...(error.details.fields ? { fields: error.details.fields } : {}),
    },
  };
}

export function errorResponse(error: DomainError, requestId: string): Response {
  return Response.json(errorBody(error, requestId), {
    status: statusOf(error),
    headers: { "x-request-id": requestId, ...error.details.headers },
  });
}
