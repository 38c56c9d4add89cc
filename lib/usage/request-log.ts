import { db } from "@/db/client";
import { postgresCode } from "@/db/errors";
import { apiRequests } from "@/db/schema/usage";
import { env } from "@/lib/env";
import { captureException } from "@/lib/observability";
import { onShutdown } from "@/lib/shutdown";
import type { ApiRequestLog } from "./requests";

/**
 * The API request log, written behind: a metered call queues its row and answers; rows go to the
 * database in one multi-row INSERT every `flushEveryMs`, or as soon as `flushAtRows` are waiting,
 * and on SIGTERM/SIGINT before the process exits (lib/shutdown.ts), after which each call
 * writes its own row until the process is gone. A crash (SIGKILL, power) loses
 * at most the rows of the last `flushEveryMs`; usage, quota and credits are never in this buffer,
 * they commit before the answer. The buffer is bounded: past `maxWaitingRows` a call writes its
 * own row before answering, so a database that cannot keep up slows calls down instead of
 * growing memory. On a serverless host (VERCEL=1), where a frozen function may never flush, every
 * row is written before the answer.
 *
 * The state lives on globalThis: Next.js bundles each route apart, and one buffer per process
 * keeps the batches large and the shutdown hook complete.
 */
export const requestLogPolicy = {
  flushEveryMs: 200,
  flushAtRows: 500,
  maxWaitingRows: 20_000,
};

type Buffer = {
  waiting: ApiRequestLog[];
  timer: NodeJS.Timeout | null;
  flushing: Promise<void>;
  closing: boolean;
};
const key = Symbol.for("keel.usage.request-log");
const buffer = ((globalThis as typeof globalThis & { [key]?: Buffer })[key] ??= { waiting: [], timer: null, flushing: Promise.resolve(), closing: false });

// Once per process (the hook list is global too): flush before Next.js exits on a signal.
onShutdown("usage.request-log", closeRequestLog);

/** Records one API call in the request log; the id is the request id, so a row is written once. */
export async function logApiRequest(entry: ApiRequestLog): Promise<void> {
  if (env.VERCEL === "1" || buffer.closing || buffer.waiting.length >= requestLogPolicy.maxWaitingRows) {
    await insertRows([entry]);
    return;
  }
  buffer.waiting.push(entry);
  if (buffer.waiting.length >= requestLogPolicy.flushAtRows) void flushRequestLog();
  else buffer.timer ??= setTimeout(() => void flushRequestLog(), requestLogPolicy.flushEveryMs).unref();
}

/**
 * Writes every waiting row now and resolves when they are in (tests, shutdown). Flushes run one
 * after another; a batch that fails for want of the database goes back to the front of the
 * queue for a later flush, so an outage delays rows but loses none, up to the bound.
 */
export function flushRequestLog(): Promise<void> {
  if (buffer.timer) clearTimeout(buffer.timer);
  buffer.timer = null;
  buffer.flushing = buffer.flushing.then(async () => {
    while (buffer.waiting.length > 0) {
      const batch = buffer.waiting.splice(0, 1_000);
      try {
        await insertRows(batch);
      } catch (error) {
        // A row the database refuses (its tenant deleted meanwhile): write the others one by one.
        if (/^2[23]/.test(postgresCode(error) ?? "")) {
          await insertOneByOne(batch);
          continue;
        }
        buffer.waiting.unshift(...batch.slice(0, Math.max(0, requestLogPolicy.maxWaitingRows - buffer.waiting.length)));
        captureException(error, {
          where: "usage.flushRequestLog",
          rows: batch.length,
        });
        buffer.timer ??= setTimeout(() => void flushRequestLog(), requestLogPolicy.flushEveryMs * 5).unref();
        return;
      }
    }
  });
  return buffer.flushing;
}

/**
 * The shutdown hook: from now on each call writes its own row before answering (the server keeps
 * answering until it exits), and the rows already waiting are flushed.
 */
export async function closeRequestLog(): Promise<void> {
  buffer.closing = true;
  await flushRequestLog();
}

/** Back to writing behind after closeRequestLog (tests). */
export function reopenRequestLog(): void {
  buffer.closing = false;
}

/** Rows waiting to be written (the bench and tests read it). */
export function waitingRequestLogRows(): number {
  return buffer.waiting.length;
}

async function insertRows(rows: ApiRequestLog[]): Promise<void> {
  await db.insert(apiRequests).values(rows).onConflictDoNothing();
}

async function insertOneByOne(rows: ApiRequestLog[]): Promise<void> {
  for (const row of rows) {
    await insertRows([row]).catch((error: unknown) =>
      captureException(error, {
        where: "usage.flushRequestLog",
        requestId: row.id,
      }),
    );
  }
}
