import { z } from "zod";
import { route } from "@/lib/app";
import { advanceSimulatorClock, requireSimulator } from "@/lib/billing";
import { simulatorClockResponse } from "@/lib/billing/responses";

/** Moves the tenant's test clock forward: renewals, trial ends and grace expiry happen on the way. */
export const POST = route(
  { auth: "session", permission: { billing: ["manage"] }, body: z.object({ advanceDays: z.number().positive().max(3660) }), response: simulatorClockResponse },
  async ({ tenant, body }) => {
    requireSimulator();
    return advanceSimulatorClock(tenant, body.advanceDays);
  },
);
