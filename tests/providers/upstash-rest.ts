import { createHash } from "node:crypto";
import { Redis as IORedis } from "ioredis";
import { z } from "zod";
import { bearer, describeIssues, header, listen, parseJson, type Reply, type StandIn } from "./stand-in";

/**
 * A stand-in for Upstash Redis' REST API (https://upstash.com/docs/redis/features/restapi) in front
 * of a real Redis: `POST /` with one command as a JSON array, `POST /pipeline` and
 * `POST /multi-exec` with an array of them. It answers `{ result }` or `{ error }` (an array of
 * those for pipelines and transactions); with `Upstash-Encoding: base64`, as @upstash/redis sends
 * by default, every string in a result is base64 except the status `OK`.
 *
 * Upstash runs scripts with a `#!lua flags=…` first line that Redis 7.0 refuses, so the stand-in
 * forwards scripts without it and keeps answering to the SHA1 of the text the client sent.
 */

const argument = z.union([z.string(), z.number().refine(Number.isFinite, "a finite number")]);
const command = z.array(argument).min(1).refine((parts) => typeof parts[0] === "string", "the first element must be the command name");
const commands = z.array(command).min(1);
type Command = z.infer<typeof command>;

const sha1 = (text: string) => createHash("sha1").update(text).digest("hex");
const withoutShebang = (script: string) => (script.startsWith("#!") ? script.slice(script.indexOf("\n") + 1) : script);

/** One request: where it went, whether it asked for base64, the command names it carried and how many were answered `{ error }`. */
export type UpstashRequest = { path: string; base64: boolean; commands: string[]; errors: number; status: number };

export type UpstashRest = StandIn & { requests: UpstashRequest[] };

function encode(value: unknown, base64: boolean): unknown {
  if (Buffer.isBuffer(value)) {
    const text = value.toString("utf8");
    return base64 && text !== "OK" ? value.toString("base64") : text;
  }
  if (Array.isArray(value)) return value.map((item) => encode(item, base64));
  return value;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Starts the stand-in against the Redis at `redisUrl`. Close it to end its Redis connection too
 * (an open ioredis connection keeps the test runner from exiting).
 */
export async function startUpstashRest(opts: { token: string; redisUrl: string }): Promise<UpstashRest> {
  const redis = new IORedis(opts.redisUrl, { maxRetriesPerRequest: 1 });
  redis.on("error", () => {}); // failures surface as rejected commands
  const scripts = new Map<string, string>(); // SHA1 the client knows → SHA1 of what Redis got
  const requests: UpstashRequest[] = [];

  /** The command as Redis should get it, and what to answer instead of Redis' answer, if anything. */
  function forRedis(parts: Command): { args: string[]; answer?: (reply: unknown) => unknown } {
    const args = parts.map(String);
    const name = args[0]!.toUpperCase();
    if ((name === "EVAL" || name === "EVAL_RO") && args[1] !== undefined) {
      const stripped = withoutShebang(args[1]);
      scripts.set(sha1(args[1]), sha1(stripped));
      return { args: [name, stripped, ...args.slice(2)] };
    }
    if ((name === "EVALSHA" || name === "EVALSHA_RO") && args[1] !== undefined) {
      return { args: [name, scripts.get(args[1].toLowerCase()) ?? args[1], ...args.slice(2)] };
    }
    if (name === "SCRIPT" && args[1]?.toUpperCase() === "LOAD" && args[2] !== undefined) {
      const original = sha1(args[2]);
      const stripped = withoutShebang(args[2]);
      scripts.set(original, sha1(stripped));
      return { args: ["SCRIPT", "LOAD", stripped], answer: () => Buffer.from(original) };
    }
    return { args };
  }

  async function single(parts: Command, base64: boolean): Promise<{ result: unknown } | { error: string }> {
    const { args, answer } = forRedis(parts);
    try {
      const reply = await redis.callBuffer(args[0]!, ...args.slice(1));
      return { result: encode(answer ? answer(reply) : reply, base64) };
    } catch (error) {
      return { error: errorText(error) };
    }
  }

  async function transaction(list: Command[], base64: boolean): Promise<Reply> {
    const multi = redis.multi();
    const answers = list.map((parts) => {
      const { args, answer } = forRedis(parts);
      multi.callBuffer(args[0]!, ...args.slice(1));
      return answer;
    });
    try {
      const replies = (await multi.exec()) ?? [];
      return {
        status: 200,
        body: replies.map(([error, reply], i) => (error ? { error: errorText(error) } : { result: encode(answers[i] ? answers[i](reply) : reply, base64) })),
      };
    } catch (error) {
      // A command Redis refused while queueing aborts the whole transaction (EXECABORT).
      return { status: 400, body: { error: errorText(error) } };
    }
  }

  async function handle(method: string, path: string, headers: Parameters<typeof bearer>[0], text: string, seen: string[]): Promise<Reply> {
    if (bearer(headers) !== opts.token) return { status: 401, body: { error: "Unauthorized" } };
    if (method !== "POST") return { status: 405, body: { error: "Method not allowed" } };
    const base64 = header(headers, "upstash-encoding") === "base64";
    const json = parseJson(text);
    if (!json.ok) return { status: 400, body: { error: "ERR failed to parse command: body is not JSON" } };
    if (path === "/") {
      const parsed = command.safeParse(json.value);
      if (!parsed.success) return { status: 400, body: { error: `ERR failed to parse command: ${describeIssues(parsed.error)}` } };
      seen.push(String(parsed.data[0]).toUpperCase());
      const answer = await single(parsed.data, base64);
      return { status: "error" in answer ? 400 : 200, body: answer };
    }
    if (path === "/pipeline" || path === "/multi-exec") {
      const parsed = commands.safeParse(json.value);
      if (!parsed.success) return { status: 400, body: { error: `ERR failed to parse commands: ${describeIssues(parsed.error)}` } };
      seen.push(...parsed.data.map((parts) => String(parts[0]).toUpperCase()));
      if (path === "/multi-exec") return transaction(parsed.data, base64);
      // Not atomic, in order, each command answered on its own: what Upstash's pipeline promises.
      const answers = [];
      for (const parts of parsed.data) answers.push(await single(parts, base64));
      return { status: 200, body: answers };
    }
    return { status: 404, body: { error: `Not found: ${path}` } };
  }

  const server = await listen(async ({ method, url, headers, text }) => {
    const seen: string[] = [];
    const reply = await handle(method, url.pathname, headers, text, seen);
    const answers = reply === "hang-up" ? [] : Array.isArray(reply.body) ? reply.body : [reply.body];
    const errors = answers.filter((answer) => typeof answer === "object" && answer !== null && "error" in answer).length;
    requests.push({ path: url.pathname, base64: header(headers, "upstash-encoding") === "base64", commands: seen, errors, status: reply === "hang-up" ? 0 : reply.status });
    return reply;
  });
  return {
    ...server,
    requests,
    async close() {
      await server.close();
      if (redis.status === "ready") await redis.quit().catch(() => redis.disconnect());
      else redis.disconnect();
    },
  };
}
