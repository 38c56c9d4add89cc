import { storeError } from "./error-store";

/** Where a captured error goes: the local store (no SENTRY_DSN). */
export async function reportError(error: Error, context: Record<string, unknown>): Promise<void> {
  await storeError(error, context);
}
