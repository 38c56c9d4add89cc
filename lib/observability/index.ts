/**
 * Structured logs and error reports. Today: one JSON line per entry on stdout/stderr, which every
 * host collects. The Sentry adapter plugs in behind `captureException` when SENTRY_DSN is set.
 */
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

/** Reports an unexpected error with its context; returns nothing the caller must handle. */
export function captureException(error: unknown, context: Fields = {}): void {
  const err = error instanceof Error ? error : new Error(String(error));
  write("error", err.message, { ...context, name: err.name, stack: err.stack });
}
