import { createHash } from "node:crypto";

/**
 * What makes two errors "the same bug": the error's name, its message with the parts that vary
 * per occurrence (ids, uuids, numbers, quoted values, hex) replaced by placeholders, and the top
 * frames of its stack without line and column numbers (so a deploy that shifts lines keeps the
 * group). Sentry groups by stack the same way when it has one.
 */
export function errorFingerprint(error: Error): string {
  const frames = topFrames(error.stack ?? "", 3);
  return createHash("sha256").update([error.name, normalizeMessage(error.message), ...frames].join("\n")).digest("hex").slice(0, 32);
}

export function normalizeMessage(message: string): string {
  return message
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, "<uuid>")
    .replace(/\b[a-z]{2,12}_[0-9a-z]{10,40}\b/gi, "<id>")
    .replace(/"[^"]*"|'[^']*'/g, "<value>")
    .replace(/\b0x[0-9a-f]+\b|\b[0-9a-f]{16,}\b/gi, "<hex>")
    .replace(/\d+(\.\d+)?/g, "<n>");
}

/** `at fn (file:line:col)` lines, as `fn file`, the first `count` of them. */
function topFrames(stack: string, count: number): string[] {
  return stack
    .split("\n")
    .filter((line) => /^\s+at\s/.test(line))
    .slice(0, count)
    .map((line) => line.trim().replace(/:\d+:\d+\)?$/, "").replace(/^at\s+/, ""));
}
