import { z } from "zod";
import { defineEvent } from "@/lib/jobs";

/** What the credits module publishes (outgoing webhooks send these). */
export const creditEvents = {
  "credits.low": defineEvent({
    description: "The tenant's credit balance fell below the low-balance threshold (once per crossing).",
    schema: z.object({ tenantId: z.string(), balance: z.number().int(), threshold: z.number().int() }),
    example: { tenantId: "org_01JD3Z8Q6Y1V4T8W2K5M7N9P0R", balance: 80, threshold: 100 },
  }),
};
