import type { DomainError } from "@/lib/errors";

/**
 * The DomainError a call threw, or a failure when it did not throw one. By name, not instanceof:
 * tests that re-import modules (vi.resetModules) get a fresh lib/errors, so the class differs.
 */
export async function refusal(call: Promise<unknown>): Promise<DomainError> {
  const error = await call.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof Error) || error.name !== "DomainError") throw new Error(`expected a DomainError, got ${String(error)}`);
  return error as DomainError;
}
