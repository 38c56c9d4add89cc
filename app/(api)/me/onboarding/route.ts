import { route } from "@/lib/app";
import { activeMembership, checklistFor } from "@/lib/onboarding/checklist";
import { checklistResponse } from "@/lib/onboarding/responses";

/** The caller's onboarding checklist in their active tenant: each step and whether it is done. */
export const GET = route({ auth: "session", response: checklistResponse }, async ({ user }) => checklistFor(await activeMembership(user)));
