import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { creditBalances } from "@/db/schema/credits";
import { appUrl } from "@/lib/auth/config";
import { sendEmail } from "@/lib/email";
import { creditsLowEmail } from "./emails";
import { emit, notify } from "@/lib/jobs";
import { creditsLowNotification } from "./notifications";
import { tenantAdminContacts } from "@/lib/tenants/membership";
import { creditsEnv } from "@/lib/credits/env";

/**
 * Warns once per crossing of the low-balance threshold: the flag flips with a conditional UPDATE,
 * so concurrent deductions that all cross it send one warning; a grant that lifts the balance back
 * above the threshold re-arms it.
 */
export async function afterBalanceChange(tx: Executor, tenantId: string, balance: number): Promise<void> {
  const threshold = creditsEnv.CREDITS_LOW_BALANCE_THRESHOLD;
  const low = balance < threshold;
  const [flipped] = await tx
    .update(creditBalances)
    .set({ lowBalanceWarned: low })
    .where(and(eq(creditBalances.tenantId, tenantId), eq(creditBalances.lowBalanceWarned, !low)))
    .returning({ tenantId: creditBalances.tenantId });
  if (!flipped || !low) return;
  await emit(tx, "credits.low", { tenantId, balance, threshold });
  await notify(tx, creditsLowNotification, { tenantId, tenantRoles: ["owner", "admin"], data: { balance, threshold } });
  for (const contact of await tenantAdminContacts(tenantId, tx)) {
    await sendEmail(tx, {
      to: contact.email,
      template: creditsLowEmail,
      props: { tenantName: contact.tenantName, balance, url: `${appUrl}/dashboard/credits` },
    });
  }
}
