import { z } from "zod";
import { errors } from "@/lib/errors";
import { pageQuery } from "@/lib/http/pagination";
import { zodFieldErrors } from "@/lib/http/zod";
import { meterNamePattern } from "./meters";

/** Oldest event timestamp accepted, relative to now: 35 days (a closed month plus a few days). */
export const maxEventAgeMs = 35 * 24 * 60 * 60 * 1000;
/** Clock skew tolerated for timestamps ahead of now: 5 minutes. */
export const maxEventLeadMs = 5 * 60 * 1000;
/** Events per `POST /usage/events` batch. */
export const maxBatchSize = 1000;

export const meterName = z.string().regex(meterNamePattern, "Lower case letters, digits, `_` and `.`, starting with a letter, at most 64 characters.").describe("The meter, e.g. `api_requests` or `ai.tokens`.");

export const usageEventInput = z
  .object({
    meter: meterName,
    quantity: z.number().int().positive().max(1_000_000_000).describe("How much was used: a positive integer."),
    timestamp: z.iso.datetime({ offset: true }).optional().describe("When it happened (ISO 8601); default now. At most 35 days old and 5 minutes ahead."),
    idempotencyKey: z.string().min(1).max(200).describe("Unique per event within the tenant: a repeat counts once."),
    properties: z.record(z.string(), z.unknown()).optional().describe("Free-form attributes kept with the event."),
  })
  .strict();

export type UsageEventInput = z.output<typeof usageEventInput>;

const batchInput = z.object({ events: z.array(usageEventInput).min(1).max(maxBatchSize) }).strict();

/** `POST /usage/events`: one event, or `{ events: [...] }`. */
export const ingestBody = z.record(z.string(), z.unknown()).describe("One usage event, or `{ events: [...] }` with at most 1000.");

export type ParsedEvent = Omit<UsageEventInput, "timestamp"> & { timestamp: Date };

/**
 * Parses either body shape and checks each timestamp against `now`; failures throw 422 with the
 * field paths (`timestamp` for one event, `events.3.timestamp` in a batch).
 */
export function parseIngestBody(raw: unknown, now: Date): ParsedEvent[] {
  const batch = typeof raw === "object" && raw !== null && "events" in raw;
  const result = batch ? batchInput.safeParse(raw) : usageEventInput.safeParse(raw);
  if (!result.success) throw errors.validation(zodFieldErrors(result.error));
  const events = "events" in result.data ? result.data.events : [result.data];
  const fields: Record<string, string> = {};
  const parsed = events.map((event, i) => {
    const timestamp = event.timestamp ? new Date(event.timestamp) : now;
    const path = batch ? `events.${i}.timestamp` : "timestamp";
    if (timestamp.getTime() < now.getTime() - maxEventAgeMs) fields[path] = "More than 35 days old.";
    else if (timestamp.getTime() > now.getTime() + maxEventLeadMs) fields[path] = "More than 5 minutes in the future.";
    return { ...event, timestamp };
  });
  if (Object.keys(fields).length) throw errors.validation(fields, "Some timestamps are outside the accepted window.");
  return parsed;
}

export const dailyQuery = z.object({
  meter: meterName.default("api_requests"),
  days: z.coerce.number().int().min(1).max(90).default(30).describe("Days back, today included; at most 90."),
});

export const requestsQuery = pageQuery.extend({
  status: z.coerce.number().int().min(100).max(599).optional().describe("Only this HTTP status."),
  minLatencyMs: z.coerce.number().int().min(0).optional().describe("Only requests at least this slow."),
});

export type RequestsQuery = z.output<typeof requestsQuery>;
