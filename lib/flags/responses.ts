import { z } from "zod";
import { timestamp } from "@/lib/http/response";
import { flagRule, flagTypes } from "./definition";

export const flagResponse = z.object({
  key: z.string(),
  type: z.enum(flagTypes),
  description: z.string(),
  defaultValue: z.unknown(),
  rules: z.array(flagRule),
  environments: z.record(z.string(), z.unknown()),
  version: z.number().int(),
  archived: z.boolean(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const flagListResponse = z.object({ data: z.array(flagResponse) });

/** `GET /me/flags`: every live flag's value for the caller and their active tenant. */
export const myFlagsResponse = z.object({ flags: z.record(z.string(), z.unknown()) });

/** `GET /platform/flags/:key/evaluate`: the value and the rule that gave it (-1: the default). */
export const evaluationResponse = z.object({ value: z.unknown(), ruleIndex: z.number().int() });

export const evaluateQuery = z.object({ userId: z.string().max(200).optional(), tenantId: z.string().max(200).optional() });
