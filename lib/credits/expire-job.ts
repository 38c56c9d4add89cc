import { and, gt, lte } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { creditGrants } from "@/db/schema/credits";
import { defineJob } from "@/lib/jobs";
import { expireDueGrants } from "./ledger";

/** Expires every grant past its date, tenant by tenant (each in its own transaction). */
export async function expireAllDueCredits(now = new Date()): Promise<{ tenants: number; credits: number }> {
  const due = await db
    .selectDistinct({ tenantId: creditGrants.tenantId })
    .from(creditGrants)
    .where(and(gt(creditGrants.remaining, 0), lte(creditGrants.expiresAt, now)));
  let credits = 0;
  for (const { tenantId } of due) credits += await db.transaction((tx) => expireDueGrants(tx, tenantId, now));
  return { tenants: due.length, credits };
}

export const expireCreditsJob = defineJob({
  id: "credits.expire",
  schema: z.object({}),
  cron: "15 * * * *",
  run: async () => {
    await expireAllDueCredits();
  },
});
