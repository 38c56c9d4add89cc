import { route } from "@/lib/app";
import { activeMembership, dismissChecklist } from "@/lib/onboarding/checklist";
import { dismissedResponse } from "@/lib/onboarding/responses";

/** Hides the checklist card for the caller in their active tenant; the steps keep completing. */
export const POST = route({ auth: "session", response: dismissedResponse }, async ({ user }) => {
  await dismissChecklist(await activeMembership(user));
  return { dismissed: true as const };
});
