/**
 * The store could not answer and RATE_LIMIT_FAILURE_MODE is `closed`. Callers map it to 503:
 * the request is refused because it could not be counted, not because the client is over its limit.
 */
export class RateLimitUnavailableError extends Error {
  constructor(options?: { cause?: unknown }) {
    super("Rate limiting is unavailable", options);
    this.name = "RateLimitUnavailableError";
  }
}
