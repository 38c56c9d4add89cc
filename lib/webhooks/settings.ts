import { env } from "@/lib/env";
import { keys } from "./keys";

/** Svix's retry schedule, in seconds: an endpoint gets eight attempts over about 28 hours. */
export const defaultRetrySchedule = [5, 5 * 60, 30 * 60, 2 * 3600, 5 * 3600, 10 * 3600, 10 * 3600] as const;

/** What a webhook URL may be: private addresses allowed or not, and where plain http is accepted. */
export type UrlPolicy = { allowPrivate: boolean; http: "any" | "localhost" | "none" };

/**
 * Read at each use, not once at start: a test (or an operator's restart-free flip in a long-lived
 * worker) sees the current value. Parsing two keys is cheap next to an HTTP attempt.
 */
function settings() {
  return keys();
}

export function urlPolicy(): UrlPolicy {
  const allow = settings().WEBHOOKS_ALLOW_PRIVATE_URLS;
  if (allow === "on") return { allowPrivate: true, http: "any" };
  if (allow === "off") return { allowPrivate: false, http: "none" };
  return env.NODE_ENV === "development" ? { allowPrivate: true, http: "localhost" } : { allowPrivate: false, http: "none" };
}

/** Seconds to wait after each failed attempt; its length + 1 is the number of attempts. */
export function retrySchedule(): readonly number[] {
  const configured = settings().WEBHOOKS_RETRY_SCHEDULE;
  return configured ? configured.split(",").map(Number) : defaultRetrySchedule;
}

/** The delay after failed attempt `attempt` (1-based), with ±10% jitter; null when none is left. */
export function nextRetryDelayMs(attempt: number, random: () => number = Math.random): number | null {
  const seconds = retrySchedule()[attempt - 1];
  if (seconds === undefined) return null;
  return Math.round(seconds * 1000 * (0.9 + 0.2 * random()));
}
