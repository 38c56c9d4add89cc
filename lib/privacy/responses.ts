import { z } from "zod";
import { consentTypes } from "./catalog";

const requestType = z.enum(["export", "deletion", "deactivation", "tenant_export", "tenant_deletion"]);
const requestStatus = z.enum(["pending", "running", "completed", "failed", "expired", "scheduled", "held", "canceled", "purged"]);

export const privacyRequestBody = z.discriminatedUnion("type", [
  z.object({ type: z.literal("export") }),
  /** `password` is required for accounts that have one; others confirm with a sign-in in the last 5 minutes. */
  z.object({ type: z.literal("deletion"), password: z.string().min(1).max(200).optional() }),
  /** The reversible alternative: signed out everywhere, nothing erased; the next sign-in reactivates. Same confirmation as a deletion. */
  z.object({ type: z.literal("deactivation"), password: z.string().min(1).max(200).optional() }),
]);

export const privacyRequestCreated = z.union([
  z.object({ id: z.string(), type: z.literal("export"), status: z.literal("pending") }),
  z.object({ id: z.string(), type: z.literal("deletion"), status: z.literal("scheduled"), scheduledFor: z.date() }),
  z.object({ id: z.string(), type: z.literal("deactivation"), status: z.literal("completed") }),
]);

export const privacyRequestListResponse = z.object({
  data: z.array(
    z.object({
      id: z.string(),
      type: requestType,
      status: requestStatus,
      /** Percent done, while an export is being built. */
      progress: z.number().int(),
      createdAt: z.date(),
      completedAt: z.date().nullable(),
      scheduledFor: z.date().nullable(),
      /** A signed link to the export's ZIP, once `status` is `completed` (it expires with the file). */
      downloadUrl: z.string().optional(),
    }),
  ),
  nextCursor: z.string().nullable(),
});

export const cancelDeletionBody = z.object({ token: z.string().min(16).max(200) });

export const consentBody = z.object({ type: z.enum(consentTypes), granted: z.boolean() });
export const consentState = z.object({ type: z.enum(consentTypes), version: z.string(), granted: z.boolean(), at: z.date() });
export const consentListResponse = z.object({
  data: z.array(consentState),
  /** Documents whose version in force the user has not accepted: the portal asks again. */
  pendingAcceptance: z.array(z.enum(consentTypes)),
});
