import { route } from "@/lib/app";
import { currentConsents, pendingAcceptances, recordConsent } from "@/lib/privacy/consents";
import { consentBody, consentListResponse, consentState } from "@/lib/privacy/responses";

/** The caller's current consents, one per type they decided, and what they still need to accept. */
export const GET = route({ auth: "session", response: consentListResponse }, async ({ user }) => ({
  data: await currentConsents(user.userId),
  pendingAcceptance: await pendingAcceptances(user.userId),
}));

/** Gives or withdraws one consent, at the version in force; the history keeps every decision. */
export const POST = route({ auth: "session", body: consentBody, response: consentState, status: 201 }, ({ user, body }) => recordConsent(user, body));
