import { z } from "zod";
import { route } from "@/lib/app";
import { requireSimulator, setSimulatorCard } from "@/lib/billing";
import { simulatorCardResponse } from "@/lib/billing/responses";

/** The tenant's test card: `decline` makes renewals fail; `succeed` also retries payments on hold. */
export const POST = route(
  { auth: "session", permission: { billing: ["manage"] }, body: z.object({ behavior: z.enum(["succeed", "decline"]) }), response: simulatorCardResponse },
  async ({ tenant, body }) => {
    requireSimulator();
    return setSimulatorCard(tenant, body.behavior);
  },
);
