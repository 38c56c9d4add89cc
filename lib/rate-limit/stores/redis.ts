import { Redis as IORedis } from "ioredis";
import type { RateLimitStore } from "../types";
import { ioredisScriptClient } from "./ioredis-adapter";
import { createSlidingWindowStore } from "./sliding-window";

export type RedisStoreOptions = {
  /** A redis:// or rediss:// URL. */
  url: string;
  /** Give up connecting after this long, so a dead Redis fails fast. @default 1000 */
  connectTimeoutMs?: number;
};

/** A store on a plain Redis server, shared by every process that points at it. */
export function createRedisStore({ url, connectTimeoutMs = 1000 }: RedisStoreOptions): RateLimitStore {
  const redis = new IORedis(url, {
    // Nothing connects at import or construction, so `next build` and unused limiters stay offline.
    lazyConnect: true,
    connectTimeout: connectTimeoutMs,
    // One reconnect attempt per command, then reject: a request must not wait for Redis to return.
    maxRetriesPerRequest: 1,
  });
  // Errors reach callers through rejected commands (and the failure mode); without a listener
  // ioredis would also print every reconnect failure.
  redis.on("error", () => {});

  return createSlidingWindowStore(ioredisScriptClient(redis), async () => {
    // quit() waits for pending replies; on a connection that is not up it would wait forever.
    if (redis.status === "ready") await redis.quit().catch(() => redis.disconnect());
    else redis.disconnect();
  });
}
