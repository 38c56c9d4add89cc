import { z } from "zod";

export const checklistResponse = z.object({
  steps: z.array(z.object({ id: z.string(), title: z.string().describe("A message key."), href: z.string(), scope: z.enum(["user", "tenant"]), done: z.boolean() })),
  done: z.number().int(),
  total: z.number().int(),
  dismissed: z.boolean(),
  completed: z.boolean().describe("Every step was seen done (the completion event went out then)."),
});

export const dismissedResponse = z.object({ dismissed: z.literal(true) });
