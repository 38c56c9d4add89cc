/**
 * Structured logs and error reports: one JSON line per entry on stdout/stderr, which every host
 * collects. `captureException` also keeps the error where an operator looks: in the local error
 * store (grouped, the admin panel's Errors page) or, when SENTRY_DSN is set, in Sentry.
 */
import { scrubText } from "./scrub";

type Fields = Record<string, unknown>;

function write(level: "info" | "warn" | "error", message: string, fields: Fields) {
  const line = JSON.stringify({ level, time: new Date().toISOString(), message, ...fields });
  if (level === "error") console.error(line);
  else if (level === "warn") console.warn(line);
  else console.log(line);
}

export const logger = {
  info: (message: string, fields: Fields = {}) => write("info", message, fields),
  warn: (message: string, fields: Fields = {}) => write("warn", message, fields),
  error: (message: string, fields: Fields = {}) => write("error", message, fields),
};

const pending = new Set<Promise<void>>();

/**
 * Reports an unexpected error with its context (request id, path, user and tenant where known);
 * returns at once and never throws. The log line is written now; the stored report follows.
 */
export function captureException(error: unknown, context: Fields = {}): void {
  const err = error instanceof Error ? error : new Error(String(error));
  write("error", scrubText(err.message), { ...context, name: err.name, stack: err.stack && scrubText(err.stack) });
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const report = import("./report")
    .then(({ reportError }) => reportError(err, context))
    .catch((failure: unknown) => write("warn", "Could not store the error report", { error: String(failure), requestId: context.requestId }));
  pending.add(report);
  void report.finally(() => pending.delete(report));
}

/** Waits for the reports captureException has started (tests, and a process about to exit). */
export async function flushErrorReports(): Promise<void> {
  await Promise.all([...pending]);
}
