import { createHash } from "node:crypto";
import type { Redis as IORedis } from "ioredis";
import { describe, expect, it } from "vitest";
import { ioredisScriptClient, stripShebang } from "./ioredis-adapter";

const sha1 = (text: string) => createHash("sha1").update(text).digest("hex");

/** Records what the adapter sends; answers like Redis would for a script that returns 7. */
function recordingRedis() {
  const calls: { command: "eval" | "evalsha"; args: unknown[] }[] = [];
  const redis = {
    eval: async (...args: unknown[]) => (calls.push({ command: "eval", args }), 7),
    evalsha: async (...args: unknown[]) => (calls.push({ command: "evalsha", args }), 7),
  };
  return { redis: redis as unknown as IORedis, calls };
}

const script = "#!lua flags=allow-key-locking\nreturn redis.call('INCR', KEYS[1])";
const body = "return redis.call('INCR', KEYS[1])";

describe("stripShebang", () => {
  it("drops the first line only when it is a shebang", () => {
    expect(stripShebang(script)).toBe(body);
    expect(stripShebang(body)).toBe(body);
    expect(stripShebang(`${body}\n#!not a shebang`)).toBe(`${body}\n#!not a shebang`);
  });
});

describe("the ioredis script client", () => {
  it("sends the script without its shebang, with the key count, keys and arguments", async () => {
    const { redis, calls } = recordingRedis();
    const result = await ioredisScriptClient(redis).eval(script, ["a", "b"], [10, "x", { weight: 1 }]);
    expect(result).toBe(7);
    // Numbers and strings go as they are; anything else as JSON, as @upstash/redis serializes it.
    expect(calls).toEqual([{ command: "eval", args: [body, 2, "a", "b", 10, "x", '{"weight":1}'] }]);
  });

  it("answers NOSCRIPT for a script it has not sent yet, so the library falls back to EVAL", async () => {
    const { redis, calls } = recordingRedis();
    await expect(ioredisScriptClient(redis).evalsha(sha1(script), ["a"], [])).rejects.toThrow(/^NOSCRIPT/);
    expect(calls).toEqual([]);
  });

  it("after an EVAL, runs the script by the SHA of the text Redis saw, not the library's", async () => {
    const { redis, calls } = recordingRedis();
    const client = ioredisScriptClient(redis);
    await client.eval(script, ["a"], [1]);
    expect(await client.evalsha(sha1(script), ["k1", "k2"], [5, "y"])).toBe(7);
    expect(calls[1]).toEqual({ command: "evalsha", args: [sha1(body), 2, "k1", "k2", 5, "y"] });
  });

  it("keeps one mapping per script", async () => {
    const { redis, calls } = recordingRedis();
    const client = ioredisScriptClient(redis);
    const other = "#!lua\nreturn 1";
    await client.eval(script, [], []);
    await client.eval(other, [], []);
    await client.evalsha(sha1(script), [], []);
    await client.evalsha(sha1(other), [], []);
    expect(calls.slice(2).map((call) => call.args[0])).toEqual([sha1(body), sha1("return 1")]);
  });
});
