import { z } from "zod";
import { pageOf, timestamp, type ResponseOf } from "@/lib/http/response";

/** `GET /usage`: this period's usage per meter, with quotas and the plan that would fit. */
export const usageSummaryResponse = z.object({
  period: z.object({ start: z.string(), end: z.string() }),
  meters: z.array(
    z.object({
      meter: z.string(),
      used: z.number(),
      limit: z.number().nullable(),
      mode: z.enum(["hard", "soft", "overage"]).nullable(),
      suggestedPlan: z.string().nullable().describe("From 80% of a quota on: the smallest plan that holds this usage."),
    }),
  ),
});

/** `GET /usage/daily`: one point per UTC day. */
export const dailyUsageResponse = z.object({
  meter: z.string(),
  days: z.number().int(),
  data: z.array(z.object({ date: z.string().describe("YYYY-MM-DD"), quantity: z.number() })),
});

/** `POST /usage/events`. */
export const ingestResponse = z.object({ accepted: z.number().int(), duplicates: z.number().int() });

/** One logged API request. */
export const apiRequestResponse = z.object({
  id: z.string(),
  apiKeyId: z.string().nullable(),
  method: z.string(),
  endpoint: z.string(),
  status: z.number().int(),
  latencyMs: z.number().int(),
  createdAt: timestamp,
});

/** `GET /usage/overage`: the current period's overage so far, priced. */
export const overageResponse = z.object({
  period: z.object({ start: timestamp, end: timestamp }),
  fees: z.array(z.object({ meter: z.string(), used: z.number(), included: z.number(), overage: z.number(), amount: z.number().int(), currency: z.literal("usd") })),
  total: z.number().int(),
  currency: z.literal("usd"),
});

export const apiRequestsResponse = pageOf(apiRequestResponse);

export type UsageSummaryResponse = ResponseOf<typeof usageSummaryResponse>;
export type DailyUsageResponse = ResponseOf<typeof dailyUsageResponse>;
export type ApiRequestResponse = ResponseOf<typeof apiRequestResponse>;
