import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { idempotencyKeys } from "@/db/schema/http";
import { DomainError, errors } from "@/lib/errors";
import { errorBody, statusOf } from "./errors";

export type Stored = { status: number; body: unknown };

/**
 * Claims `key` for this request: the first request inserts a pending row and runs; a repeat
 * with the same key gets the stored answer, or 409 while the first is still running. The key is
 * bound to method and path, so reusing it for another request is refused.
 */
export async function claimIdempotencyKey(scope: string, key: string, method: string, path: string): Promise<Stored | null> {
  if (key.length > 255) throw errors.validation({ "Idempotency-Key": "At most 255 characters." }, "Idempotency-Key is too long.");
  const [claimed] = await db.insert(idempotencyKeys).values({ scope, key, method, path }).onConflictDoNothing().returning({ key: idempotencyKeys.key });
  if (claimed) return null;
  const [existing] = await db.select().from(idempotencyKeys).where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key)));
  if (!existing) return claimIdempotencyKey(scope, key, method, path); // released meanwhile: claim again
  if (existing.method !== method || existing.path !== path) throw errors.conflict("This Idempotency-Key was used for a different request.");
  if (existing.status === null) throw errors.conflict("A request with this Idempotency-Key is still in progress.");
  return { status: existing.status, body: existing.body };
}

export async function storeIdempotentAnswer(scope: string, key: string, answer: Stored): Promise<void> {
  await db.update(idempotencyKeys).set({ status: answer.status, body: answer.body }).where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key)));
}

/** Frees the key after an unexpected failure, so the client's retry can run. */
export async function releaseIdempotencyKey(scope: string, key: string): Promise<void> {
  await db.delete(idempotencyKeys).where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key)));
}

export function toResponse(result: unknown, status = 200): Response {
  if (result instanceof Response) return result;
  return status === 204 ? new Response(null, { status }) : Response.json(result ?? null, { status });
}

/** Runs once per key; repeats replay the stored answer. Known errors are stored too (as Stripe does). */
export async function runIdempotently(key: string, scope: string, req: Request, run: () => Promise<unknown> | unknown): Promise<Response> {
  const path = new URL(req.url).pathname;
  const stored = await claimIdempotencyKey(scope, key, req.method, path);
  if (stored) return Response.json(stored.body, { status: stored.status, headers: { "idempotent-replayed": "true" } });
  let response: Response;
  try {
    response = toResponse(await run());
  } catch (error) {
    // Unexpected failures and 5xx answers (provider down) free the key: the retry must run again.
    if (!(error instanceof DomainError) || statusOf(error) >= 500) {
      await releaseIdempotencyKey(scope, key);
      throw error;
    }
    await storeIdempotentAnswer(scope, key, { status: statusOf(error), body: errorBody(error, "replayed") });
    throw error;
  }
  const text = await response.clone().text();
  await storeIdempotentAnswer(scope, key, { status: response.status, body: text ? (JSON.parse(text) as unknown) : null });
  return response;
}
