import { and, desc, eq, isNull, lt } from "drizzle-orm";
import { apiKeys } from "@/db/schema/api-keys";
import { coreError, errors } from "@/lib/errors";
import { emit } from "@/lib/jobs";
import type { PageParams } from "@/lib/http/pagination";
import { page } from "@/lib/http/pagination";
import { withTenant, type TenantContext } from "@/lib/tenants/context";
import { forgetKey } from "./cache";
import type { CreateApiKeyInput, UpdateApiKeyInput } from "./schemas";
import { generateKey, hashKey, keyStart } from "./token";
import { apiKeyIds } from "./catalog";
import { audit, columns, present } from "./rows";

/**
 * The scope vocabulary and who may grant what: the app's permission matrix (lib/app passes
 * `access`), since scopes name other modules' resources.
 */
export type ScopePolicy = { scopes: readonly string[]; scopesBeyondRole(role: string, scopes: readonly string[]): string[] };

/** A key may never do more than the person creating or changing it. */
function assertGrantable(ctx: TenantContext, policy: ScopePolicy, scopes: readonly string[]) {
  const unknown = scopes.filter((scope) => !policy.scopes.includes(scope));
  if (unknown.length) throw errors.validation({ scopes: `Unknown scope ${unknown.join(", ")}. Known: ${policy.scopes.join(", ")}.` });
  const beyond = policy.scopesBeyondRole(ctx.role, scopes);
  if (beyond.length) throw coreError("forbidden", `Your role (${ctx.role}) cannot grant ${beyond.join(", ")}.`, { fields: { scopes: `Not grantable: ${beyond.join(", ")}` } });
}

/** The tenant's keys, newest first: those not revoked, or with `include: "revoked"` the revoked ones too. */
export async function listApiKeys(ctx: TenantContext, params: PageParams & { include?: "revoked" }) {
  const rows = await withTenant(ctx, (tx) =>
    tx
      .select(columns)
      .from(apiKeys)
      .where(and(eq(apiKeys.tenantId, ctx.tenantId), params.include === "revoked" ? undefined : isNull(apiKeys.revokedAt), params.cursor ? lt(apiKeys.id, params.cursor) : undefined))
      .orderBy(desc(apiKeys.id))
      .limit(params.limit + 1),
  );
  const result = page(rows, params.limit);
  return { ...result, data: result.data.map((row) => present(row)) };
}

/** Creates a key. The answer holds the key itself; nothing can show it again. */
export async function createApiKey(ctx: TenantContext, input: CreateApiKeyInput, policy: ScopePolicy) {
  assertGrantable(ctx, policy, input.scopes);
  const key = generateKey(input.environment);
  const id = apiKeyIds.newId("apiKey");
  return withTenant(ctx, async (tx) => {
    const [row] = await tx
      .insert(apiKeys)
      .values({
        id,
        tenantId: ctx.tenantId,
        name: input.name,
        environment: input.environment,
        keyHash: hashKey(key),
        start: keyStart(key),
        scopes: input.scopes,
        expiresAt: input.expiresAt ?? null,
        rateLimitLimit: input.rateLimit?.limit ?? null,
        rateLimitWindowSeconds: input.rateLimit?.windowSeconds ?? null,
        createdBy: ctx.userId,
      })
      .returning(columns);
    if (!row) throw new Error("insert returned no row");
    await audit(tx, ctx, "api_key.created", { targetType: "api_key", targetId: id, data: { name: input.name, environment: input.environment, scopes: input.scopes } });
    await emit(tx, "api_key.created", { tenantId: ctx.tenantId, id, name: row.name, environment: row.environment, start: row.start, scopes: row.scopes, createdBy: row.createdBy });
    return { ...present(row), key };
  });
}

/** Renames a key or changes its scopes or rate limit; takes effect at once in this process. */
export async function updateApiKey(ctx: TenantContext, keyId: string, input: UpdateApiKeyInput, policy: ScopePolicy) {
  if (input.scopes) assertGrantable(ctx, policy, input.scopes);
  const { keyHash, previousKeyHash, ...row } = await withTenant(ctx, async (tx) => {
    const [row] = await tx
      .update(apiKeys)
      .set({
        name: input.name,
        scopes: input.scopes,
        ...(input.rateLimit !== undefined ? { rateLimitLimit: input.rateLimit?.limit ?? null, rateLimitWindowSeconds: input.rateLimit?.windowSeconds ?? null } : {}),
      })
      .where(and(eq(apiKeys.id, keyId), eq(apiKeys.tenantId, ctx.tenantId), isNull(apiKeys.revokedAt)))
      .returning({ ...columns, keyHash: apiKeys.keyHash, previousKeyHash: apiKeys.previousKeyHash });
    if (!row) throw errors.notFound("API key");
    await audit(tx, ctx, "api_key.updated", { targetType: "api_key", targetId: keyId, data: { ...input } });
    return row;
  });
  // After the commit: forgetting earlier would let a concurrent miss re-cache the old row.
  forgetKey(keyHash);
  if (previousKeyHash) forgetKey(previousKeyHash);
  return present(row);
}

/**
 * Revokes a key (and a replaced secret still in its overlap). This process forgets it at once; other processes within their cache TTL (10 s).
 * The row stays, for the audit trail.
 */
export async function revokeApiKey(ctx: TenantContext, keyId: string): Promise<void> {
  const hashes = await withTenant(ctx, async (tx) => {
    const [row] = await tx
      .update(apiKeys)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiKeys.id, keyId), eq(apiKeys.tenantId, ctx.tenantId), isNull(apiKeys.revokedAt)))
      .returning({ keyHash: apiKeys.keyHash, previousKeyHash: apiKeys.previousKeyHash, name: apiKeys.name, environment: apiKeys.environment, start: apiKeys.start });
    if (!row) throw errors.notFound("API key");
    await audit(tx, ctx, "api_key.revoked", { targetType: "api_key", targetId: keyId, data: { name: row.name } });
    await emit(tx, "api_key.revoked", { tenantId: ctx.tenantId, id: keyId, name: row.name, environment: row.environment, start: row.start, reason: "revoked" });
    return [row.keyHash, row.previousKeyHash];
  });
  // The replaced secret of a rotation still in its overlap ends with the key.
  for (const hash of hashes) if (hash) forgetKey(hash);
}
