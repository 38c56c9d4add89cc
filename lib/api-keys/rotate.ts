import { and, eq, isNull } from "drizzle-orm";
import { apiKeys } from "@/db/schema/api-keys";
import { errors } from "@/lib/errors";
import { emit } from "@/lib/jobs";
import { withTenant, type TenantContext } from "@/lib/tenants/context";
import { forgetKey } from "./cache";
import { audit, columns, present } from "./rows";
import type { RotateApiKeyInput } from "./schemas";
import { generateKey, hashKey, keyStart } from "./token";

/**
 * Gives a key a new secret and keeps everything else (id, name, scopes, environment, rate limit,
 * expiry, usage history). The old secret keeps working for `overlapSeconds` (0 = it stops now),
 * never past the key's own expiry. Only one replaced secret is kept: rotating again ends the one
 * before at once, so a rotation with overlap 0 always leaves exactly one working secret. The answer
 * holds the new key, shown this once; a revoked key (or another tenant's) is 404, an expired one 409.
 */
export async function rotateApiKey(ctx: TenantContext, keyId: string, input: RotateApiKeyInput, now = new Date()) {
  const { row, key, replaced } = await withTenant(ctx, async (tx) => {
    const where = and(eq(apiKeys.id, keyId), eq(apiKeys.tenantId, ctx.tenantId), isNull(apiKeys.revokedAt));
    // Locked: two rotations at once must not both keep the same old secret.
    const [current] = await tx
      .select({ keyHash: apiKeys.keyHash, previousKeyHash: apiKeys.previousKeyHash, start: apiKeys.start, environment: apiKeys.environment, expiresAt: apiKeys.expiresAt })
      .from(apiKeys)
      .where(where)
      .for("update");
    if (!current) throw errors.notFound("API key");
    if (current.expiresAt && current.expiresAt <= now) throw errors.conflict("This API key has expired; create a new one instead of rotating it.");
    const key = generateKey(current.environment);
    const overlapEnds = new Date(Math.min(now.getTime() + input.overlapSeconds * 1000, current.expiresAt?.getTime() ?? Infinity));
    const [row] = await tx
      .update(apiKeys)
      .set({ keyHash: hashKey(key), start: keyStart(key), previousKeyHash: current.keyHash, previousKeyStart: current.start, previousKeyExpiresAt: overlapEnds })
      .where(where)
      .returning(columns);
    if (!row) throw errors.notFound("API key");
    const data = { name: row.name, previousStart: current.start, start: row.start, overlapSeconds: input.overlapSeconds, previousKeyExpiresAt: overlapEnds.toISOString() };
    await audit(tx, ctx, "api_key.rotated", { targetType: "api_key", targetId: keyId, data });
    await emit(tx, "api_key.rotated", { tenantId: ctx.tenantId, id: keyId, environment: row.environment, ...data });
    return { row, key, replaced: [current.keyHash, current.previousKeyHash] };
  });
  // After the commit, like revocation: the old secret's cache entry must be re-read with its
  // overlap's end, and the one before it (if any) forgotten for good.
  for (const hash of replaced) if (hash) forgetKey(hash);
  return { ...present(row, now.getTime()), key };
}
