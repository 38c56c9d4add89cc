import { and, asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditLogs } from "@/db/schema/audit";
import { creditGrants, creditLedger } from "@/db/schema/credits";
import { events } from "@/db/schema/jobs";
import { adjustCredits, clawBackGrant, deductCredits, expireDueGrants, getBalance, grantCredits, listCredits } from "@/lib/credits";
import { creditsEnv } from "@/lib/credits/env";
import { expireAllDueCredits } from "@/lib/credits/expire-job";
import { drainJobs } from "@/lib/app";
import { listMailbox } from "@/lib/email/mailbox";
import { createTeam } from "@/seed/factories";

// The edges of the credits ledger the main suites pass by: each case here was a mutant that
// survived `KEEL_MUTATE=credits npm run test:mutation` (a changed condition nobody noticed).

const threshold = creditsEnv.CREDITS_LOW_BALANCE_THRESHOLD;
const entries = (tenantId: string) =>
  db.select({ kind: creditLedger.kind, amount: creditLedger.amount, balanceAfter: creditLedger.balanceAfter, reason: creditLedger.reason, source: creditLedger.source, actorId: creditLedger.actorId, idempotencyKey: creditLedger.idempotencyKey, grantId: creditLedger.grantId }).from(creditLedger).where(eq(creditLedger.tenantId, tenantId)).orderBy(asc(creditLedger.id));
const grantsOf = (tenantId: string) => db.select({ id: creditGrants.id, amount: creditGrants.amount, remaining: creditGrants.remaining }).from(creditGrants).where(eq(creditGrants.tenantId, tenantId)).orderBy(asc(creditGrants.id));
const spend = (tenantId: string, amount: number, key: string) => deductCredits({ tenantId, userId: null }, { amount, reason: "use", idempotencyKey: key });

describe("the ledger's entries", () => {
  it("records a manual grant as an adjustment and others as grants, with source and actor", async () => {
    const { tenant, people } = await createTeam("credit-kinds");
    await grantCredits({ tenantId: tenant.id, amount: 5, source: "promo", reason: "welcome", idempotencyKey: "g1" });
    await grantCredits({ tenantId: tenant.id, amount: 3, source: "manual", reason: "fix", idempotencyKey: "g2", actorId: people.owner.id });
    const [promo, manual] = await entries(tenant.id);
    expect(promo).toMatchObject({ kind: "grant", amount: 5, balanceAfter: 5, source: "promo", actorId: null, reason: "welcome" });
    expect(manual).toMatchObject({ kind: "adjust", amount: 3, balanceAfter: 8, source: "manual", actorId: people.owner.id });
    expect(promo!.grantId).toMatch(/^cgr_/);
  });

  it("refuses a grant of zero, a negative or a fractional amount, naming the field", async () => {
    const { tenant } = await createTeam("credit-bad-grant");
    for (const amount of [0, -1, 2.5]) {
      await expect(grantCredits({ tenantId: tenant.id, amount, source: "promo", reason: "x", idempotencyKey: `bad-${amount}` })).rejects.toMatchObject({ code: "validation_failed", details: { fields: { amount: "Must be a positive integer." } } });
    }
    await expect(spend(tenant.id, 0, "zero")).rejects.toMatchObject({ details: { fields: { amount: "Must be a positive integer." } } });
    expect(await getBalance({ tenantId: tenant.id })).toBe(0);
  });

  it("says how much a refused spend needed", async () => {
    const { tenant } = await createTeam("credit-short");
    await grantCredits({ tenantId: tenant.id, amount: 2, source: "promo", reason: "x", idempotencyKey: "g" });
    await expect(spend(tenant.id, 3, "s")).rejects.toMatchObject({ code: "insufficient_credits", message: "Not enough credits: this needs 3. Buy more on the billing page." });
  });

  it("draws a spend from as few grants as cover it, leaving the rest untouched", async () => {
    const { tenant } = await createTeam("credit-draw");
    for (const key of ["a", "b", "c"]) await grantCredits({ tenantId: tenant.id, amount: 4, source: "top_up", reason: key, idempotencyKey: key });
    await spend(tenant.id, 4, "s1");
    expect((await grantsOf(tenant.id)).map((g) => g.remaining)).toEqual([0, 4, 4]);
    await spend(tenant.id, 5, "s2");
    expect((await grantsOf(tenant.id)).map((g) => g.remaining)).toEqual([0, 0, 3]);
    expect((await entries(tenant.id)).at(-1)).toMatchObject({ kind: "deduct", amount: -5, balanceAfter: 3, idempotencyKey: "s2" });
  });
});

describe("expiry", () => {
  it("writes one expire entry per grant with the balance after it, once, and counts what expired", async () => {
    const { tenant } = await createTeam("credit-expiry");
    await grantCredits({ tenantId: tenant.id, amount: 10, source: "top_up", reason: "stays", idempotencyKey: "stays" });
    await grantCredits({ tenantId: tenant.id, amount: 3, source: "promo", reason: "p1", idempotencyKey: "p1", expiresAt: new Date(Date.now() + 500) });
    await grantCredits({ tenantId: tenant.id, amount: 4, source: "promo", reason: "p2", idempotencyKey: "p2", expiresAt: new Date(Date.now() + 500) });
    const later = new Date(Date.now() + 1_000);
    expect(await db.transaction((tx) => expireDueGrants(tx, tenant.id, later))).toBe(7);
    expect(await db.transaction((tx) => expireDueGrants(tx, tenant.id, later))).toBe(0);
    const expired = (await entries(tenant.id)).filter((e) => e.kind === "expire");
    expect(expired.map((e) => [e.amount, e.balanceAfter, e.reason])).toEqual([[-3, 14, "Credits expired"], [-4, 10, "Credits expired"]]);
    expect(expired.every((e) => e.idempotencyKey === `expire:${e.grantId}`)).toBe(true);
    expect(await getBalance({ tenantId: tenant.id })).toBe(10);
  });

  it("the hourly job expires every tenant's due grants and says how many of each", async () => {
    const first = await createTeam("credit-expiry-a");
    const second = await createTeam("credit-expiry-b");
    const soon = new Date(Date.now() + 200);
    await grantCredits({ tenantId: first.tenant.id, amount: 2, source: "promo", reason: "x", idempotencyKey: "x", expiresAt: soon });
    await grantCredits({ tenantId: second.tenant.id, amount: 5, source: "promo", reason: "x", idempotencyKey: "x", expiresAt: soon });
    const result = await expireAllDueCredits(new Date(Date.now() + 1_000));
    expect(result.tenants).toBeGreaterThanOrEqual(2);
    expect(result.credits).toBeGreaterThanOrEqual(7);
    expect(await getBalance({ tenantId: first.tenant.id })).toBe(0);
    expect(await getBalance({ tenantId: second.tenant.id })).toBe(0);
  });
});

describe("clawing back a grant", () => {
  it("answers null for a key that granted nothing", async () => {
    const { tenant } = await createTeam("claw-none");
    expect(await clawBackGrant({ tenantId: tenant.id, grantKey: "payment:none", portion: 1, reason: "refund", idempotencyKey: "r" })).toBeNull();
  });

  it("takes the refunded share (rounded up), then only what earlier reversals left, and never below zero", async () => {
    const { tenant } = await createTeam("claw-share");
    await grantCredits({ tenantId: tenant.id, amount: 10, source: "top_up", reason: "pack", idempotencyKey: "payment:p1" });
    await grantCredits({ tenantId: tenant.id, amount: 5, source: "promo", reason: "other", idempotencyKey: "promo" });
    const first = await clawBackGrant({ tenantId: tenant.id, grantKey: "payment:p1", portion: 0.25, reason: "partial", idempotencyKey: "refund:1" });
    expect(first).toMatchObject({ amount: 3, balance: 12, duplicate: false });
    // A dispute of the whole payment takes only the 7 the refund left.
    const second = await clawBackGrant({ tenantId: tenant.id, grantKey: "payment:p1", portion: 5, reason: "dispute", idempotencyKey: "dispute:1" });
    expect(second).toMatchObject({ amount: 7, balance: 5 });
    const [pack, promo] = await grantsOf(tenant.id);
    expect([pack!.remaining, promo!.remaining]).toEqual([0, 5]);
    const again = await clawBackGrant({ tenantId: tenant.id, grantKey: "payment:p1", portion: 1, reason: "again", idempotencyKey: "refund:2" });
    expect(again).toMatchObject({ amount: 0, balance: 5 });
    const claws = (await entries(tenant.id)).filter((e) => e.kind === "clawback");
    expect(claws.map((e) => [e.amount, e.balanceAfter])).toEqual([[-3, 12], [-7, 5], [0, 5]]);
    expect(claws.every((e) => e.grantId === pack!.id)).toBe(true);
  });

  it("takes what was already spent from the other grants, down to a zero balance at most", async () => {
    const { tenant } = await createTeam("claw-spent");
    await grantCredits({ tenantId: tenant.id, amount: 10, source: "top_up", reason: "pack", idempotencyKey: "payment:p2" });
    await grantCredits({ tenantId: tenant.id, amount: 4, source: "promo", reason: "other", idempotencyKey: "promo" });
    await spend(tenant.id, 8, "spent");
    expect((await grantsOf(tenant.id)).map((g) => g.remaining)).toEqual([2, 4]);
    const result = await clawBackGrant({ tenantId: tenant.id, grantKey: "payment:p2", portion: 1, reason: "refund", idempotencyKey: "refund:p2" });
    expect(result).toMatchObject({ amount: 6, balance: 0 });
    expect((await grantsOf(tenant.id)).map((g) => g.remaining)).toEqual([0, 0]);
  });

  it("takes nothing for a negative share", async () => {
    const { tenant } = await createTeam("claw-negative");
    await grantCredits({ tenantId: tenant.id, amount: 10, source: "top_up", reason: "pack", idempotencyKey: "payment:p3" });
    expect(await clawBackGrant({ tenantId: tenant.id, grantKey: "payment:p3", portion: -1, reason: "odd", idempotencyKey: "refund:p3" })).toMatchObject({ amount: 0, balance: 10 });
    expect((await grantsOf(tenant.id)).map((g) => g.remaining)).toEqual([10]);
  });
});

describe("the low-balance warning", () => {
  it("fires once per crossing below the threshold (not at it), re-arms above it, and mails owner and admins", async () => {
    const { tenant, people } = await createTeam("credit-low");
    const lows = async () => (await db.select().from(events).where(and(eq(events.tenantId, tenant.id), eq(events.type, "credits.low")))).map((e) => e.data);
    await grantCredits({ tenantId: tenant.id, amount: threshold + 10, source: "top_up", reason: "x", idempotencyKey: "g1" });
    await spend(tenant.id, 10, "at-threshold");
    expect(await lows()).toEqual([]);
    await spend(tenant.id, 1, "below");
    expect(await lows()).toEqual([{ tenantId: tenant.id, balance: threshold - 1, threshold }]);
    await spend(tenant.id, 1, "further");
    expect(await lows()).toHaveLength(1);
    await grantCredits({ tenantId: tenant.id, amount: 50, source: "top_up", reason: "x", idempotencyKey: "g2" });
    await spend(tenant.id, 52, "again");
    expect(await lows()).toHaveLength(2);
    await drainJobs(); // the emails go out through the email.send job
    for (const person of [people.owner, people.admin]) {
      expect((await listMailbox({ to: person.email })).filter((m) => m.subject.includes("running low on credits"))).toHaveLength(2);
    }
    expect((await listMailbox({ to: people.member.email })).filter((m) => m.subject.includes("running low on credits"))).toHaveLength(0);
  });
});

describe("reading and adjusting", () => {
  it("lists the ledger newest first, a page at a time, with whether the balance is low", async () => {
    const { tenant } = await createTeam("credit-list");
    for (const key of ["a", "b", "c"]) await grantCredits({ tenantId: tenant.id, amount: threshold, source: "promo", reason: key, idempotencyKey: key });
    const first = await listCredits({ tenantId: tenant.id }, { limit: 2 });
    expect(first).toMatchObject({ balance: 3 * threshold, lowBalance: false });
    expect(first.data.map((e) => e.reason)).toEqual(["c", "b"]);
    const second = await listCredits({ tenantId: tenant.id }, { limit: 2, cursor: first.nextCursor! });
    expect(second.data.map((e) => e.reason)).toEqual(["a"]);
    expect(second.nextCursor).toBeNull();
    await spend(tenant.id, 2 * threshold + 1, "most");
    expect((await listCredits({ tenantId: tenant.id }, { limit: 1 })).lowBalance).toBe(true);
  });

  it("answers 0 for a tenant that never had credits", async () => {
    const { tenant } = await createTeam("credit-none");
    expect(await getBalance({ tenantId: tenant.id })).toBe(0);
  });

  it("adjusts by hand in both directions, audited once per key; an unknown tenant is a 404", async () => {
    const { tenant, people } = await createTeam("credit-adjust");
    const admin = { userId: people.owner.id, ipAddress: "203.0.113.9", userAgent: "test" };
    const up = await adjustCredits(admin, { tenantId: tenant.id, amount: 9, reason: "goodwill", idempotencyKey: "adj-1" });
    await adjustCredits(admin, { tenantId: tenant.id, amount: 9, reason: "goodwill", idempotencyKey: "adj-1" });
    const down = await adjustCredits(admin, { tenantId: tenant.id, amount: -4, reason: "correction", idempotencyKey: "adj-2" });
    expect([up.balance, down.balance]).toEqual([9, 5]);
    expect((await entries(tenant.id)).map((e) => [e.kind, e.amount])).toEqual([["adjust", 9], ["deduct", -4]]);
    const audits = await db.select({ targetType: auditLogs.targetType, targetId: auditLogs.targetId, data: auditLogs.data }).from(auditLogs).where(and(eq(auditLogs.tenantId, tenant.id), eq(auditLogs.action, "credits.adjusted")));
    expect(audits).toEqual([
      { targetType: "credit_entry", targetId: up.entryId, data: { amount: 9, reason: "goodwill" } },
      { targetType: "credit_entry", targetId: down.entryId, data: { amount: -4, reason: "correction" } },
    ]);
    await expect(adjustCredits(admin, { tenantId: "org_missing", amount: 1, reason: "x", idempotencyKey: "adj-3" })).rejects.toMatchObject({ code: "not_found", message: "Tenant not found." });
  });
});
