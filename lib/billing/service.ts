import { and, desc, eq, lt, notInArray } from "drizzle-orm";
import type { z } from "zod";
import { db, type Executor } from "@/db/client";
import { billingCustomers, checkouts, invoices, subscriptions } from "@/db/schema/billing";
import { recordAudit } from "@/lib/audit";
import { appUrl } from "@/lib/auth/config";
import { DomainError, errors } from "@/lib/errors";
import { billingError, billingIds } from "./catalog";
import { subscriptionResponse } from "./responses";
import { page, type PageParams } from "@/lib/http/pagination";
import { logger } from "@/lib/observability";
import { readTenantPlan } from "@/lib/plans";
import { withTenant, type TenantContext, type UserContext } from "@/lib/tenants/context";
import { readBillingAccount } from "./account";
import { creditPacks, plans, productId, type CreditPackId, type Interval, type PurchasablePlanId } from "./plans";
import { billingProvider } from "./providers";
import type { CancelReason, CheckoutRequest } from "./providers/types";
import { terminalStatuses } from "./events";
import { lastCheckoutFailure } from "./checkout-failure";

type Caller = Pick<UserContext, "email" | "name">;

async function startCheckout(ctx: TenantContext, caller: Caller, item: { kind: "subscription"; plan: PurchasablePlanId; interval: Interval } | { kind: "credits"; pack: CreditPackId }) {
  const provider = billingProvider();
  const product = productId(provider.name, item.kind === "subscription" ? { kind: "plan", plan: item.plan, interval: item.interval } : { kind: "credits", pack: item.pack });
  if (!product) throw billingError("billing_not_configured", `No ${provider.name} product is configured for this ${item.kind === "subscription" ? "plan" : "pack"}.`);
  const checkoutId = billingIds.newId("checkout");
  // The tenant's plan row locked while checking: a subscription being applied concurrently is
  // seen, and a tenant that already has one gets 409 before any provider session exists.
  await withTenant(ctx, async (tx) => {
    await readTenantPlan(tx, ctx.tenantId, { lock: true });
    if (item.kind === "subscription" && (await currentSubscription(ctx.tenantId, tx))) {
      throw errors.conflict("This tenant already has a subscription: change its plan instead.");
    }
  });
  const request: CheckoutRequest = { checkoutId, tenantId: ctx.tenantId, customer: { email: caller.email, name: caller.name }, returnUrl: `${appUrl}/dashboard/billing?checkout=${checkoutId}`, productId: product, ...item };
  let session: Awaited<ReturnType<typeof provider.createCheckout>>;
  try {
    session = await provider.createCheckout(request);
  } catch (error) {
    // Provider down: nothing was charged and nothing was written here; the customer can try again.
    logger.error("billing: checkout failed at the provider", { tenantId: ctx.tenantId, provider: provider.name, error: String(error) });
    throw billingError("provider_unavailable", "The payment provider did not answer. Nothing was charged; please try again in a minute.");
  }
  // Written only once the provider has answered with a URL, so a provider failure (or a process
  // dying mid-call) leaves no open checkout without one. Nothing can refer to the id before this:
  // the customer reaches the provider's page, and so any webhook about it, only through this URL.
  await withTenant(ctx, (tx) =>
    tx.insert(checkouts).values({ id: checkoutId, tenantId: ctx.tenantId, provider: provider.name, providerCheckoutId: session.providerCheckoutId, kind: item.kind, url: session.url, ...(item.kind === "subscription" ? { plan: item.plan, interval: item.interval } : { pack: item.pack }) }),
  );
  return { checkoutId, url: session.url };
}

/** Calls the provider; when it fails, answers 503 provider_unavailable (nothing changed here). */
async function atProvider<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof DomainError) throw error;
    logger.error(`billing: ${what} failed at the provider`, { error: String(error) });
    throw billingError("provider_unavailable", `The payment provider did not answer (${what}). Nothing changed; please try again in a minute.`);
  }
}

/** The subscription that is not over yet, newest first. */
async function currentSubscription(tenantId: string, executor: Executor = db) {
  const [row] = await executor
    .select()
    .from(subscriptions)
    .where(and(eq(subscriptions.tenantId, tenantId), notInArray(subscriptions.status, [...terminalStatuses])))
    .orderBy(desc(subscriptions.createdAt), desc(subscriptions.id))
    .limit(1);
  return row ?? null;
}

export async function createSubscriptionCheckout(ctx: TenantContext, caller: Caller, input: { plan: PurchasablePlanId; interval: Interval }) {
  return startCheckout(ctx, caller, { kind: "subscription", ...input });
}

export function createTopupCheckout(ctx: TenantContext, caller: Caller, input: { pack: CreditPackId }) {
  return startCheckout(ctx, caller, { kind: "credits", pack: input.pack });
}

/** `GET /billing/subscription`. */
export async function getSubscription(ctx: TenantContext): Promise<z.input<typeof subscriptionResponse>> {
  const tenant = await readBillingAccount(db, ctx.tenantId);
  const sub = await currentSubscription(ctx.tenantId);
  const interval = sub?.interval;
  return {
    plan: tenant.plan,
    interval: interval === "month" || interval === "year" ? interval : null,
    state: tenant.state,
    currentPeriodEnd: sub?.currentPeriodEnd ?? tenant.currentPeriodEnd,
    graceUntil: tenant.graceUntil,
    cancelAtPeriodEnd: sub?.cancelAtPeriodEnd ?? false,
    trialEndsAt: tenant.trialEndsAt,
    provider: sub?.provider ?? null,
    lastCheckoutFailure: await lastCheckoutFailure(db, ctx.tenantId),
  };
}

async function requireSubscription(ctx: TenantContext) {
  const sub = await currentSubscription(ctx.tenantId);
  if (!sub) throw errors.notFound("Subscription");
  return sub;
}

/** Moves the subscription to another plan or interval (prorated by the provider). */
export async function changePlan(ctx: TenantContext, input: { plan: PurchasablePlanId; interval: Interval }) {
  const sub = await requireSubscription(ctx);
  if (sub.plan === input.plan && sub.interval === input.interval) throw errors.conflict(`Already on ${plans[input.plan].name} (${input.interval}ly).`);
  const provider = billingProvider();
  const product = productId(provider.name, { kind: "plan", ...input });
  if (!product) throw billingError("billing_not_configured", "No product is configured for this plan.");
  await atProvider("change plan", () => provider.changePlan({ providerSubscriptionId: sub.providerSubscriptionId, productId: product }));
  await recordAudit(db, { action: "billing.plan_changed", tenantId: ctx.tenantId, actorId: ctx.userId, data: { from: `${sub.plan}/${sub.interval}`, to: `${input.plan}/${input.interval}` }, ipAddress: ctx.ipAddress, userAgent: ctx.userAgent });
  return getSubscription(ctx);
}

/** Cancels at the end of the period (or now), keeping the reason for product work. */
export async function cancelSubscription(ctx: TenantContext, input: { reason: CancelReason; comment?: string; atPeriodEnd: boolean }) {
  const sub = await requireSubscription(ctx);
  const provider = billingProvider();
  await atProvider("cancel", () => provider.cancel({ providerSubscriptionId: sub.providerSubscriptionId, ...input }));
  await db.update(subscriptions).set({ cancelReason: input.reason, cancelComment: input.comment ?? null }).where(eq(subscriptions.id, sub.id));
  await recordAudit(db, { action: "billing.canceled", tenantId: ctx.tenantId, actorId: ctx.userId, data: input, ipAddress: ctx.ipAddress, userAgent: ctx.userAgent });
  return getSubscription(ctx);
}

export async function resumeSubscription(ctx: TenantContext) {
  const sub = await requireSubscription(ctx);
  if (!sub.cancelAtPeriodEnd) throw errors.conflict("This subscription is not set to cancel.");
  const provider = billingProvider();
  await atProvider("resume", () => provider.resume({ providerSubscriptionId: sub.providerSubscriptionId }));
  await recordAudit(db, { action: "billing.resumed", tenantId: ctx.tenantId, actorId: ctx.userId, ipAddress: ctx.ipAddress, userAgent: ctx.userAgent });
  return getSubscription(ctx);
}

export async function customerPortalUrl(ctx: TenantContext) {
  const provider = billingProvider();
  const [customer] = await db.select({ customerId: billingCustomers.customerId }).from(billingCustomers).where(and(eq(billingCustomers.tenantId, ctx.tenantId), eq(billingCustomers.provider, provider.name)));
  if (provider.name === "dodo" && !customer) throw errors.notFound("Billing customer (buy a plan or credits first)");
  const url = await atProvider("customer portal", () => provider.portalUrl({ tenantId: ctx.tenantId, customerId: customer?.customerId ?? null, returnUrl: `${appUrl}/dashboard/billing` }));
  return { url };
}

/** Invoices recorded from payment webhooks, newest first. */
export async function listInvoices(ctx: TenantContext, params: PageParams) {
  const rows = await db
    .select({ id: invoices.id, kind: invoices.kind, description: invoices.description, amount: invoices.amount, currency: invoices.currency, status: invoices.status, url: invoices.url, createdAt: invoices.occurredAt })
    .from(invoices)
    .where(and(eq(invoices.tenantId, ctx.tenantId), params.cursor ? lt(invoices.id, params.cursor) : undefined))
    .orderBy(desc(invoices.id))
    .limit(params.limit + 1);
  return page(rows, params.limit);
}

export { creditPacks };
