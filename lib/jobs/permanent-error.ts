// A brand on globalThis's symbol registry, not only the class: Turbopack can load a module twice
// (instrumentation and route bundles), and an error thrown by one copy must still be recognised
// by the runner's copy, which `instanceof` alone would miss.
const permanent = Symbol.for("keel.jobs.permanent-error");

/**
 * Thrown by a job's `run` when another attempt cannot succeed: the provider refused the payload
 * itself (a malformed sender, a rejected recipient), not a passing outage. The runner dead-letters
 * the job at once instead of spending its retries on it; the admin panel's retry button still
 * revives it once the cause is fixed.
 */
export class PermanentJobError extends Error {
  readonly [permanent] = true;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "PermanentJobError";
  }
}

/** Whether `error` says retrying is pointless (a {@link PermanentJobError}, from any module copy). */
export function isPermanentJobError(error: unknown): boolean {
  return typeof error === "object" && error !== null && permanent in error;
}
