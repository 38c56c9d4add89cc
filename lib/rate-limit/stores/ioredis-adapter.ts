import { createHash } from "node:crypto";
import type { Redis as UpstashRedis } from "@upstash/redis";
import type { Redis as IORedis } from "ioredis";

/**
 * The part of the @upstash/redis client that @upstash/ratelimit's single-region algorithms call
 * (2.2: `safeEval` tries `evalsha(hash)` and falls back to `eval(script)` on a NOSCRIPT error;
 * `scriptLoad`, `hset` and `multi` are only used by multi-region limits, analytics and the deny
 * list, which Keel does not enable).
 */
export type ScriptClient = Pick<UpstashRedis, "eval" | "evalsha">;

const sha1 = (text: string) => createHash("sha1").update(text).digest("hex");

/**
 * The library's scripts start with `#!lua flags=allow-key-locking`, a flag Redis 7.0 rejects
 * ("Unexpected flag in script shebang"); without a shebang Redis runs them as classic scripts.
 */
export function stripShebang(script: string): string {
  return script.startsWith("#!") ? script.slice(script.indexOf("\n") + 1) : script;
}

/** Redis sends integers as numbers; anything else is serialized the way @upstash/redis does. */
function toArgument(value: unknown): string | number {
  return typeof value === "string" || typeof value === "number" ? value : JSON.stringify(value);
}

/**
 * Drives @upstash/ratelimit over a plain Redis through ioredis. The library addresses scripts by
 * the SHA1 of their original text, which Redis never sees (we send the stripped text), so we map
 * its hash to the stripped script's SHA. The first `evalsha` for a script answers NOSCRIPT, the
 * library then calls `eval`, and EVAL both runs the script and puts it in Redis' script cache — so
 * every later call is a single EVALSHA, and no separate SCRIPT LOAD round trip is needed. If Redis
 * loses its cache (restart, SCRIPT FLUSH) EVALSHA answers NOSCRIPT and the same fallback repeats.
 */
export function ioredisScriptClient(redis: IORedis): ScriptClient {
  const strippedSha = new Map<string, string>();

  return {
    // Typed as the client's generic signature: TData is whatever the Lua script returns, which
    // only the calling algorithm knows, so the cast is the same trust @upstash/redis extends.
    eval: async <TArgs extends unknown[], TData = unknown>(script: string, keys: string[], args: TArgs) => {
      const stripped = stripShebang(script);
      strippedSha.set(sha1(script), sha1(stripped));
      return (await redis.eval(stripped, keys.length, ...keys, ...args.map(toArgument))) as TData;
    },
    evalsha: async <TArgs extends unknown[], TData = unknown>(hash: string, keys: string[], args: TArgs) => {
      const sha = strippedSha.get(hash);
      // The library matches on the text "NOSCRIPT" to fall back to eval.
      if (!sha) throw new Error("NOSCRIPT script not yet sent through this adapter");
      return (await redis.evalsha(sha, keys.length, ...keys, ...args.map(toArgument))) as TData;
    },
  };
}
