import fc from "fast-check";
import { eq, sum } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { billingStateChanges, subscriptions } from "@/db/schema/billing";
import { creditGrants, creditLedger } from "@/db/schema/credits";
import { tenants } from "@/db/schema/tenants";
import { receiveEvent } from "@/lib/billing/inbox";
import { simulatorProvider } from "@/lib/billing/simulator/provider";
import { canTransition, isBillingState } from "@/lib/billing/state";
import { deductCredits, getBalance } from "@/lib/credits";
import { newId } from "@/lib/ids";
import { creditPaymentPayload, subscriptionPayload } from "./billing-helpers";
import { readTenantPlan, writeTenantPlan } from "@/lib/plans";
import { timesApplied } from "./billing-apply-count";

vi.mock("@/lib/billing/apply", async (original) => (await import("./billing-apply-count")).countApplies(await original()));

const statuses = ["active", "on_hold", "cancelled", "expired"] as const;
const terminal = new Set(["cancelled", "expired"]);
const provider = simulatorProvider();

type Op =
  | { kind: "subscription"; index: number }
  | { kind: "topup"; index: number }
  | { kind: "deduct"; amount: number; key: number };

/** A run: some subscription events and top-ups, then a delivery order with duplicates and deductions mixed in. */
const scenario = fc
  .record({
    events: fc.array(fc.record({ status: fc.constantFrom(...statuses), minute: fc.integer({ min: 0, max: 5 }) }), { minLength: 1, maxLength: 4 }),
    topups: fc.array(fc.constantFrom("small", "medium") as fc.Arbitrary<"small" | "medium">, { maxLength: 2 }),
  })
  .chain(({ events, topups }) => {
    const op: fc.Arbitrary<Op> = fc.oneof(
      fc.integer({ min: 0, max: events.length - 1 }).map((index) => ({ kind: "subscription" as const, index })),
      ...(topups.length ? [fc.integer({ min: 0, max: topups.length - 1 }).map((index) => ({ kind: "topup" as const, index }))] : []),
      fc.record({ kind: fc.constant("deduct" as const), amount: fc.integer({ min: 1, max: 3000 }), key: fc.integer({ min: 0, max: 3 }) }),
    );
    // Every event is delivered at least once, in a random order, plus random extra deliveries.
    const everyOnce: Op[] = [...events.map((_, index) => ({ kind: "subscription" as const, index })), ...topups.map((_, index) => ({ kind: "topup" as const, index }))];
    return fc.record({
      events: fc.constant(events),
      topups: fc.constant(topups),
      ops: fc.tuple(fc.shuffledSubarray(everyOnce, { minLength: everyOnce.length }), fc.array(op, { maxLength: 5 })).chain(([all, extra]) => fc.shuffledSubarray([...all, ...extra], { minLength: all.length + extra.length })),
    });
  });

describe("billing model (fast-check)", () => {
  it("keeps balance ≥ 0 and equal to the ledger, moves only along the table, and ends where the model says", async () => {
    const start = Date.now() - 3_600_000;
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(scenario, async ({ events, topups, ops }) => {
        runs += 1;
        const tenantId = newId("tenant");
        await db.insert(tenants).values({ id: tenantId, name: "model", slug: `model-${tenantId.slice(4)}` });
        await writeTenantPlan(db, tenantId, { state: "trialing", plan: "pro" });
        const subscriptionId = `sim_sub_${tenantId}`;
        // Fixed ids and bodies per event, so a repeat is a true redelivery of the same message.
        const subscriptionMessages = events.map((e, i) => ({
          id: `msg_${tenantId}_s${i}`,
          payload: JSON.parse(subscriptionPayload({ tenantId, subscriptionId, status: e.status, type: `subscription.${e.status}`, at: new Date(start + e.minute * 60_000 + i) })) as unknown,
        }));
        const topupMessages = topups.map((pack, i) => ({ id: `msg_${tenantId}_t${i}`, payload: JSON.parse(creditPaymentPayload({ tenantId, pack })) as unknown }));

        const received = new Set<string>();
        for (const op of ops) {
          if (op.kind === "deduct") {
            await deductCredits({ tenantId, userId: null }, { amount: op.amount, reason: "model", idempotencyKey: `k${op.key}` }).catch((e: { code?: string }) => expect(e.code).toBe("insufficient_credits"));
            continue;
          }
          const message = (op.kind === "subscription" ? subscriptionMessages : topupMessages)[op.index]!;
          // The first delivery of a message applies it; a redelivery answers duplicate.
          const answer = await receiveEvent(provider, message.id, message.payload);
          expect(answer.status).toBe(received.has(message.id) ? "duplicate" : "applied");
          received.add(message.id);
        }
        // …and however often a message came, the inbox applied it once.
        for (const id of received) expect(timesApplied.get(id), id).toBe(1);

        // Books: balance ≥ 0 and equal to the ledger and to what the grants have left.
        const balance = await getBalance({ tenantId });
        const [ledger] = await db.select({ total: sum(creditLedger.amount) }).from(creditLedger).where(eq(creditLedger.tenantId, tenantId));
        const [grants] = await db.select({ total: sum(creditGrants.remaining) }).from(creditGrants).where(eq(creditGrants.tenantId, tenantId));
        expect(balance).toBeGreaterThanOrEqual(0);
        expect(Number(ledger?.total ?? 0)).toBe(balance);
        expect(Number(grants?.total ?? 0)).toBe(balance);
        const topupRows = await db.select().from(creditLedger).where(eq(creditLedger.tenantId, tenantId));
        expect(topupRows.filter((r) => r.source === "top_up")).toHaveLength(topups.length);

        // State machine: every recorded move is in the table (a row that keeps the state records a plan or interval change).
        for (const change of await db.select().from(billingStateChanges).where(eq(billingStateChanges.tenantId, tenantId))) {
          const { from, to } = change;
          expect(isBillingState(from) && isBillingState(to) && (from === to || canTransition(from, to)), `${from}→${to}`).toBe(true);
        }

        // Subscription: the newest terminal event if there is one, else the newest event.
        const ordered = events.map((e, i) => ({ ...e, at: start + e.minute * 60_000 + i, id: subscriptionMessages[i]!.id })).sort((x, y) => x.at - y.at || x.id.localeCompare(y.id));
        const terminals = ordered.filter((e) => terminal.has(e.status));
        const expected = (terminals.at(-1) ?? ordered.at(-1))!.status;
        const [sub] = await db.select({ status: subscriptions.status }).from(subscriptions).where(eq(subscriptions.tenantId, tenantId));
        expect(sub?.status).toBe(expected);
        const row = await readTenantPlan(db, tenantId);
        const expectedState = expected === "active" ? "active" : expected === "on_hold" ? "past_due" : "canceled";
        expect(row?.state).toBe(expectedState);
      }),
      { numRuns: 1000 },
    );
    expect(runs).toBeGreaterThanOrEqual(1000);
  }, 600_000);
});
