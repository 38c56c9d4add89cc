import type { AccountSlotProps } from "@/lib/manifest/define";
import { currentConsents, pendingIn } from "@/lib/privacy/consents";
import { ConsentBanner } from "./consent-banner";
import { TermsUpdate } from "./terms-update";

/**
 * The privacy module's `accountBanner` slot: the notice asking to accept terms or a privacy policy
 * that changed (at the top), and the cookie banner, only for a user who has not decided on
 * analytics either way (at the foot). Neither during an admin's impersonation: the choices are
 * the user's (and the session is read-only).
 */
export async function ConsentBannerSlot({ userId, impersonation }: AccountSlotProps) {
  if (impersonation) return null;
  // One read of the latest decisions serves both, on every portal page.
  const current = await currentConsents(userId);
  const documents = pendingIn(current);
  return (
    <>
      {documents.length > 0 ? <TermsUpdate pending={documents} /> : null}
      {current.some((consent) => consent.type === "analytics") ? null : <ConsentBanner />}
    </>
  );
}
