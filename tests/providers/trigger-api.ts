import { randomBytes } from "node:crypto";
import { z } from "zod";
import { bearer, describeIssues, listen, parseJson, type Reply, type StandIn } from "./stand-in";

/**
 * A stand-in for Trigger.dev's `POST /api/v1/tasks/{taskIdentifier}/trigger`
 * (https://trigger.dev/docs/management/tasks/trigger), deduplicating by idempotency key as the
 * real API does (https://trigger.dev/docs/idempotency): a key already used for the task answers
 * the first run's id with `isCached: true`, and starts nothing. Errors are `{ error }`.
 *
 * The body schema is written from @trigger.dev/core 4.8's `TriggerTaskRequestBody`
 * (v3/schemas/api.ts), every option it lists, each typed; an option it does not list is refused.
 */
const triggerTaskOptions = z
  .object({
    dependentAttempt: z.string(),
    parentAttempt: z.string(),
    dependentBatch: z.string(),
    parentBatch: z.string(),
    parentRunId: z.string(),
    resumeParentOnCompletion: z.boolean(),
    lockToVersion: z.string(),
    externalDeploymentId: z.string().nullable(),
    queue: z.object({ name: z.string(), concurrencyLimit: z.number().int().optional() }).strict(),
    gates: z.array(z.object({ queue: z.string().min(1).max(128), concurrencyKey: z.string().min(1).max(128).optional() }).strict()).max(3),
    concurrency: z.array(z.string().regex(/^[a-zA-Z0-9_-]{1,122}$/)).max(2),
    concurrencyKey: z.union([z.string(), z.number()]),
    delay: z.string(),
    idempotencyKey: z.string().max(2048),
    idempotencyKeyTTL: z.string(),
    idempotencyKeyOptions: z.object({ key: z.string(), scope: z.enum(["run", "attempt", "global"]) }).strict(),
    machine: z.enum(["micro", "small-1x", "small-2x", "medium-1x", "medium-2x", "large-1x", "large-2x"]),
    maxAttempts: z.number().int(),
    maxDuration: z.number(),
    metadata: z.unknown(),
    metadataType: z.string(),
    payloadType: z.string(),
    payloadSize: z.number().int().nonnegative(),
    tags: z.union([z.string().max(128), z.array(z.string().max(128))]),
    test: z.boolean(),
    ttl: z.union([z.string(), z.number().int().nonnegative()]),
    priority: z.number(),
    bulkActionId: z.string(),
    region: z.string(),
    debounce: z.object({ key: z.string().max(512), delay: z.string(), mode: z.enum(["leading", "trailing"]).optional(), maxDelay: z.string().optional() }).strict(),
  })
  .partial()
  .strict();

export const triggerTaskBody = z.object({ payload: z.unknown().optional(), context: z.unknown().optional(), options: triggerTaskOptions.optional() }).strict();
export type TriggerTaskBody = z.infer<typeof triggerTaskBody>;

/** A run the stand-in started. `payload` is decoded from its packet (superjson, JSON or text). */
export type TriggerRun = {
  id: string;
  taskId: string;
  payload: unknown;
  /** The key on the wire: the SDK sends SHA-256 of the caller's key (with its scope). */
  idempotencyKey: string | undefined;
  /** The caller's own key, from `idempotencyKeyOptions`. */
  callerKey: string | undefined;
  options: NonNullable<TriggerTaskBody["options"]>;
};

/** Every trigger request, with the caller's key and the status it got. */
export type TriggerRequest = { taskId: string; callerKey: string | undefined; status: number };

export type TriggerApi = StandIn & {
  runs: TriggerRun[];
  requests: TriggerRequest[];
  /**
   * Answers the next `times` trigger requests 500. `accepted`: each still starts (or finds) its
   * run first, as when the API stored the run and then failed to answer.
   */
  failNext(times: number, opts?: { accepted?: boolean }): void;
};

function decodePayload(payload: unknown, type: string | undefined): unknown {
  if (typeof payload !== "string") return payload;
  if (type === "application/super+json") return (JSON.parse(payload) as { json: unknown }).json;
  if (type === "application/json") return JSON.parse(payload) as unknown;
  return payload;
}

const failure = (status: number, error: string): Reply => ({ status, body: { error } });

export async function startTriggerApi(opts: { secretKey: string }): Promise<TriggerApi> {
  const runs: TriggerRun[] = [];
  const requests: TriggerRequest[] = [];
  const failures: { accepted: boolean }[] = [];
  const byKey = new Map<string, TriggerRun>();

  function start(taskId: string, body: TriggerTaskBody): { run: TriggerRun; cached: boolean } {
    const options = body.options ?? {};
    const key = options.idempotencyKey;
    const earlier = key === undefined ? undefined : byKey.get(`${taskId}\n${key}`);
    if (earlier) return { run: earlier, cached: true };
    const run: TriggerRun = {
      id: `run_${randomBytes(12).toString("hex")}`,
      taskId,
      payload: decodePayload(body.payload, options.payloadType),
      idempotencyKey: key,
      callerKey: options.idempotencyKeyOptions?.key,
      options,
    };
    runs.push(run);
    if (key !== undefined) byKey.set(`${taskId}\n${key}`, run);
    return { run, cached: false };
  }

  function handle(method: string, path: string, headers: Parameters<typeof bearer>[0], text: string): { reply: Reply; taskId: string; callerKey?: string } {
    const match = /^\/api\/v1\/tasks\/([^/]+)\/trigger$/.exec(path);
    if (!match || method !== "POST") return { reply: failure(404, "Not found"), taskId: "" };
    const taskId = decodeURIComponent(match[1]!);
    if (bearer(headers) !== opts.secretKey) return { reply: failure(401, "Invalid or Missing API key"), taskId };
    const json = parseJson(text);
    if (!json.ok) return { reply: failure(400, "Invalid request body: not JSON"), taskId };
    const parsed = triggerTaskBody.safeParse(json.value);
    if (!parsed.success) return { reply: failure(400, describeIssues(parsed.error)), taskId };
    const callerKey = parsed.data.options?.idempotencyKeyOptions?.key;
    const injected = failures.shift();
    if (injected) {
      if (injected.accepted) start(taskId, parsed.data);
      return { reply: failure(500, "Internal Server Error"), taskId, callerKey };
    }
    const { run, cached } = start(taskId, parsed.data);
    return { reply: { status: 200, body: cached ? { id: run.id, isCached: true } : { id: run.id } }, taskId, callerKey };
  }

  const server = await listen(({ method, url, headers, text }) => {
    const { reply, taskId, callerKey } = handle(method, url.pathname, headers, text);
    requests.push({ taskId, callerKey, status: reply === "hang-up" ? 0 : reply.status });
    return reply;
  });
  return {
    ...server,
    runs,
    requests,
    failNext: (times, { accepted = false } = {}) => {
      for (let i = 0; i < times; i++) failures.push({ accepted });
    },
  };
}
