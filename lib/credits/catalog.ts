import { defineErrors } from "@/lib/errors";
import { defineIdPrefixes } from "@/lib/ids";

/** What the credits module names: its ids, errors and audit actions (see module.ts). */
export const creditIds = defineIdPrefixes({ creditGrant: "cgr", creditEntry: "cle" });

export const creditError = defineErrors({
  /** The balance cannot cover the spend; nothing was deducted. */
  insufficient_credits: "payment_required",
});

export const creditAuditActions = ["credits.adjusted"] as const;
