import { z } from "zod";

const url = z.string().trim().min(1, "A URL is required.").max(2000);
const description = z.string().trim().max(500);
/** Event types to receive; absent or `[]` means every type. Checked against the catalog by the caller. */
const events = z.array(z.string().trim().min(1).max(100)).max(100);

export const createEndpointInput = z.object({ url, events: events.optional(), description: description.nullish() });
export const updateEndpointInput = z
  .object({ url, events, description: description.nullable(), enabled: z.boolean() })
  .partial()
  .refine((v) => Object.keys(v).length > 0, "Send at least one field.");
export const recoverInput = z.object({
  /** Re-sends every message that failed to this endpoint since this time (at most 30 days back). */
  since: z.coerce.date(),
});

export type CreateEndpointInput = z.output<typeof createEndpointInput>;
export type UpdateEndpointInput = z.output<typeof updateEndpointInput>;
