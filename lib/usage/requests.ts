import { and, count, desc, eq, gte, isNotNull, lt, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { apiRequests } from "@/db/schema/usage";
import { page } from "@/lib/http/pagination";
import type { TenantContext } from "@/lib/tenants/context";
import type { RequestsQuery } from "./schemas";

export type ApiRequestLog = { id: string; tenantId: string; apiKeyId: string | null; method: string; endpoint: string; status: number; latencyMs: number };

/** `GET /usage/requests`: the request log newest first, filtered by status and latency. */
export async function listApiRequests(ctx: Pick<TenantContext, "tenantId">, query: RequestsQuery) {
  const rows = await db
    .select({
      id: apiRequests.id,
      apiKeyId: apiRequests.apiKeyId,
      method: apiRequests.method,
      endpoint: apiRequests.endpoint,
      status: apiRequests.status,
      latencyMs: apiRequests.latencyMs,
      createdAt: apiRequests.createdAt,
    })
    .from(apiRequests)
    .where(
      and(
        eq(apiRequests.tenantId, ctx.tenantId),
        query.cursor ? lt(apiRequests.id, query.cursor) : undefined,
        query.status !== undefined ? eq(apiRequests.status, query.status) : undefined,
        query.minLatencyMs !== undefined ? gte(apiRequests.latencyMs, query.minLatencyMs) : undefined,
      ),
    )
    .orderBy(desc(apiRequests.id))
    .limit(query.limit + 1);
  return page(rows, query.limit);
}

/**
 * The busiest API keys since `since` (default: 30 days), with their error count and p50-ish
 * latency (the median is approximated by the average to stay one cheap GROUP BY).
 */
export async function topApiKeys(ctx: Pick<TenantContext, "tenantId">, options: { since?: Date; limit?: number } = {}) {
  const since = options.since ?? new Date(Date.now() - 30 * 86_400_000);
  return db
    .select({
      apiKeyId: apiRequests.apiKeyId,
      requests: count(),
      errors: sql<number>`count(*) filter (where ${apiRequests.status} >= 400)::int`,
      avgLatencyMs: sql<number>`round(avg(${apiRequests.latencyMs}))::int`,
    })
    .from(apiRequests)
    .where(and(eq(apiRequests.tenantId, ctx.tenantId), gte(apiRequests.createdAt, since), isNotNull(apiRequests.apiKeyId)))
    .groupBy(apiRequests.apiKeyId)
    .orderBy(desc(count()))
    .limit(options.limit ?? 5);
}
