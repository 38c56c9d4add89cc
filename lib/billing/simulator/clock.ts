import { eq } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { billingSimulator } from "@/db/schema/billing";

/**
 * The simulator's test clock: each tenant has an offset added to real time. Renewals, trial ends
 * and grace periods for that tenant are computed at `now + offset`, so a test can live through a
 * month in one request. Tenants on a real provider never have a row here (offset 0).
 */
export async function clockOffset(tenantId: string, executor: Executor = db): Promise<number> {
  const [row] = await executor.select({ offset: billingSimulator.clockOffsetMs }).from(billingSimulator).where(eq(billingSimulator.tenantId, tenantId));
  return row?.offset ?? 0;
}

export async function tenantNow(tenantId: string, executor: Executor = db): Promise<Date> {
  return new Date(Date.now() + (await clockOffset(tenantId, executor)));
}

export async function cardBehavior(tenantId: string, executor: Executor = db): Promise<"succeed" | "decline"> {
  const [row] = await executor.select({ card: billingSimulator.cardBehavior }).from(billingSimulator).where(eq(billingSimulator.tenantId, tenantId));
  return row?.card === "decline" ? "decline" : "succeed";
}

export async function updateSimulatorSettings(tenantId: string, changes: { cardBehavior?: "succeed" | "decline"; advanceMs?: number }, executor: Executor = db) {
  await executor.insert(billingSimulator).values({ tenantId }).onConflictDoNothing();
  const [row] = await executor.select().from(billingSimulator).where(eq(billingSimulator.tenantId, tenantId)).for("update");
  await executor
    .update(billingSimulator)
    .set({ cardBehavior: changes.cardBehavior ?? row?.cardBehavior ?? "succeed", clockOffsetMs: (row?.clockOffsetMs ?? 0) + (changes.advanceMs ?? 0) })
    .where(eq(billingSimulator.tenantId, tenantId));
}
