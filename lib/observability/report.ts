import { countError } from "./error-counts";
import { storeError } from "./error-store";
import { keys } from "./keys";

/**
 * Where a captured error goes: Sentry when SENTRY_DSN is set (instrumentation.ts started the SDK),
 * else the local error store. Keel's request id, the user and the tenant become the event's tags
 * and user, so an event in Sentry and the 500 the user saw name the same request.
 */
export async function reportError(error: Error, context: Record<string, unknown>): Promise<void> {
  await countError();
  if (!keys().SENTRY_DSN) return storeError(error, context);
  const Sentry = await import("@sentry/nextjs");
  Sentry.withScope((scope) => {
    const { requestId, userId, tenantId, ...rest } = context;
    if (typeof requestId === "string") scope.setTag("request_id", requestId);
    if (typeof userId === "string") scope.setUser({ id: userId });
    if (typeof tenantId === "string") scope.setTag("tenant_id", tenantId);
    scope.setContext("keel", rest);
    Sentry.captureException(error);
  });
}
