import { Cron } from "croner";
import type { z } from "zod";
import type { Executor } from "@/db/client";

/** An event as a subscription filter sees it. */
export type SubscribedEvent = { id: string; type: string; tenantId: string | null };

/** How a job retries after a failure. */
export type RetryPolicy = {
  /** Attempts before the job is dead-lettered, the first run included. @default 5 */
  maxAttempts: number;
  /** Backoff base: the cap of the first retry's delay, doubled per attempt. @default 1000 (1 s) */
  baseDelayMs: number;
  /** Upper bound of any single delay. @default 3_600_000 (1 h) */
  maxDelayMs: number;
};

export const defaultRetry: RetryPolicy = { maxAttempts: 5, baseDelayMs: 1000, maxDelayMs: 3_600_000 };

/** What a job's `run` learns about the row it runs for. */
export type JobMeta = {
  jobId: string;
  /** 1 on the first run, 2 on the first retry, and so on. */
  attempt: number;
};

/** A job, defined once; enqueue it with `enqueue(executor, job, payload)`. */
export type JobDefinition<T> = {
  readonly id: string;
  /** Validates a payload: at enqueue (throws) and again before each run. */
  readonly parse: (payload: unknown) => T;
  readonly retry: RetryPolicy;
  readonly cron?: string;
  /**
   * For a job subscribed to events: whether this event needs it, asked in the fan-out's
   * transaction before the job is enqueued. Absent: every event of a subscribed type does.
   */
  readonly wants?: (tx: Executor, event: SubscribedEvent) => Promise<boolean>;
  // Method syntax on purpose: it lets a `JobDefinition<X>` stand in a list of `AnyJobDefinition`.
  run(payload: T, meta: JobMeta): Promise<void>;
};

/**
 * Any job definition, whatever its payload: what registries and runners hold. Runners only ever
 * pass `run` the output of the same definition's `parse`, so erasing the payload type is sound.
 */
export type AnyJobDefinition = JobDefinition<unknown>;

const jobIdPattern = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/;

/** Defines a job. The id is `domain.task-name`, e.g. `email.send`. */
export function defineJob<S extends z.ZodType>(def: {
  /** `domain.task-name`, e.g. `email.send`; also the Trigger.dev task id. */
  id: string;
  /** The payload schema: enqueue validates with it, `run` receives its parsed output. */
  schema: S;
  /** Backoff settings; see {@link RetryPolicy} for the defaults. */
  retry?: Partial<RetryPolicy>;
  /** A UTC cron schedule, e.g. `"0 3 * * *"`; the job then runs with the payload `{}`. */
  cron?: string;
  /** For an event subscriber: enqueue it only for the events this answers true for (see JobDefinition). */
  wants?: (tx: Executor, event: SubscribedEvent) => Promise<boolean>;
  run: (payload: z.output<S>, meta: JobMeta) => Promise<void>;
}): JobDefinition<z.output<S>> {
  if (!jobIdPattern.test(def.id)) {
    throw new Error(`Job id "${def.id}" must look like "domain.task-name".`);
  }
  const retry = { ...defaultRetry, ...def.retry };
  if (!Number.isInteger(retry.maxAttempts) || retry.maxAttempts < 1) {
    throw new Error(`Job "${def.id}": retry.maxAttempts must be a positive integer.`);
  }
  // Throws on a malformed pattern, at startup rather than at the first tick.
  if (def.cron) new Cron(def.cron, { timezone: "UTC", paused: true });
  // A cron job is enqueued by the scheduler with `{}`; refuse at definition, not at 3 a.m.
  if (def.cron && !def.schema.safeParse({}).success) {
    throw new Error(`Cron job "${def.id}" must accept the payload {}.`);
  }
  return {
    id: def.id,
    parse: (payload) => def.schema.parse(payload),
    retry,
    cron: def.cron,
    wants: def.wants,
    run: def.run,
  };
}

/**
 * The delay before retry number `attempt` (1 = the first retry): exponential backoff with full
 * jitter, so many jobs failing together (a provider outage) do not retry in lockstep.
 */
export function backoffDelay(attempt: number, retry: RetryPolicy, random: () => number = Math.random): number {
  const cap = Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * cap);
}
