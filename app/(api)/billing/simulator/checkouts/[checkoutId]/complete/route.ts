import { z } from "zod";
import { route } from "@/lib/app";
import { completeSimulatorCheckout, requireSimulator } from "@/lib/billing";
import { simulatorCheckoutResponse } from "@/lib/billing/responses";

/** Completes a simulated checkout (local simulator only) as paid or declined, and sends the webhook a provider would. */
export const POST = route(
  { auth: "session", permission: { billing: ["manage"] }, body: z.object({ outcome: z.enum(["succeed", "decline"]) }), response: simulatorCheckoutResponse },
  async ({ tenant, params, body }) => {
    requireSimulator();
    return completeSimulatorCheckout(tenant, { checkoutId: params.checkoutId ?? "", outcome: body.outcome });
  },
);
