import { defineErrors } from "@/lib/errors";

export const onboardingError = defineErrors({
  /** The checklist is per tenant: the session names no tenant the user is a member of. */
  no_active_tenant: "conflict",
});
