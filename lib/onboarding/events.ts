import { z } from "zod";
import { defineEvent } from "@/lib/jobs";

export const onboardingEvents = {
  "onboarding.completed": defineEvent({
    description: "A user took the last step of their onboarding checklist in a tenant (recorded once per user and tenant).",
    schema: z.object({ userId: z.string(), tenantId: z.string(), steps: z.array(z.string()) }),
    example: { userId: "usr_01J8ZK3W6Q5V8R2M4N7P9T1X3Y", tenantId: "tnt_01J8ZK3W6Q5V8R2M4N7P9T1X3Y", steps: ["verify-email", "create-project", "invite-teammate", "create-api-key", "first-api-call", "choose-plan"] },
  }),
};
