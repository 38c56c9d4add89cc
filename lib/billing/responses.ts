import { z } from "zod";
import { pageOf, timestamp, type ResponseOf } from "@/lib/http/response";
import { planStates } from "@/lib/plans/states";

const money = z.object({ amount: z.number().int().describe("In cents."), currency: z.literal("usd") });
const limits = z.object({ seats: z.number().int().nullable(), projects: z.number().int().nullable(), apiRequestsPerMonth: z.number().int().nullable(), creditsPerPeriod: z.number().int() });

/** `GET /billing/plans`: plans with prices, credit packs, and the configured provider. */
export const plansResponse = z.object({
  plans: z.array(
    z.object({
      id: z.enum(["free", "starter", "pro", "enterprise"]),
      name: z.string(),
      description: z.string(),
      prices: z.object({ month: money, year: money }).nullable(),
      limits,
      features: z.array(z.string()),
      metered: z.object({ apiRequests: z.object({ unit: z.number().int(), amount: z.number().int() }) }).nullable(),
      contactSales: z.boolean(),
    }),
  ),
  creditPacks: z.array(z.object({ id: z.enum(["small", "medium", "large"]), credits: z.number().int(), price: money })),
  provider: z.enum(["dodo", "simulator"]).nullable().describe("null: payments are not set up on this deployment."),
});

/** `GET /billing/subscription` and what plan changes, cancels and resumes answer. */
export const subscriptionResponse = z.object({
  plan: z.string(),
  interval: z.enum(["month", "year"]).nullable(),
  state: z.enum(planStates),
  currentPeriodEnd: timestamp.nullable(),
  graceUntil: timestamp.nullable(),
  cancelAtPeriodEnd: z.boolean(),
  trialEndsAt: timestamp.nullable(),
  provider: z.string().nullable(),
  lastCheckoutFailure: z
    .object({ at: timestamp, plan: z.string(), interval: z.string() })
    .nullable()
    .describe("The last subscription checkout the provider could not complete (`subscription.failed`), until a later one goes through. The tenant's standing is unchanged by it."),
});

/** A checkout to send the customer to. */
export const checkoutResponse = z.object({ checkoutId: z.string().describe("chk_…"), url: z.string() });

/** The provider's customer portal. */
export const portalResponse = z.object({ url: z.string() });

/** One row of `GET /billing/invoices`. */
export const invoiceResponse = z.object({
  id: z.string(),
  kind: z.string().describe("subscription | credits"),
  description: z.string(),
  amount: z.number().int(),
  currency: z.string(),
  status: z.string().describe("paid | failed"),
  url: z.string().nullable(),
  createdAt: timestamp,
});

/** One credit ledger entry. */
export const creditEntryResponse = z.object({
  id: z.string(),
  kind: z.string(),
  amount: z.number().int(),
  balanceAfter: z.number().int(),
  reason: z.string(),
  source: z.string().nullable(),
  createdAt: timestamp,
});

/** `GET /billing/credits`: the balance, whether it is low, and the ledger. */
export const creditsResponse = pageOf(creditEntryResponse).extend({ balance: z.number().int(), lowBalance: z.boolean() });

/** The payment simulator's answers. */
export const simulatorCheckoutResponse = z.object({ checkoutId: z.string(), status: z.string() });
export const simulatorCardResponse = z.object({ behavior: z.enum(["succeed", "decline"]) });
export const simulatorClockResponse = z.object({ now: z.string().describe("The tenant's simulated time (ISO 8601).") });

/** A webhook delivery's result. */
export const webhookResponse = z.object({
  status: z.enum(["applied", "duplicate", "unreadable"]).describe("unreadable: kept with the outcome `unreadable: <why>` for a platform admin to replay."),
  outcome: z.string(),
});

/** One row of `GET /platform/billing/events`: a kept event Keel did not act on. */
export const billingEventResponse = z.object({
  id: z.string().describe("bevt_…: Keel's id, the one replay takes."),
  provider: z.string(),
  eventId: z.string().describe("The provider's webhook-id."),
  type: z.string().describe("The event type, or `unreadable` when not even the envelope was readable."),
  tenantId: z.string().nullable(),
  outcome: z.string().describe("`unreadable: <why>` or `ignored: <why>`."),
  occurredAt: timestamp,
  receivedAt: timestamp,
  payload: z.unknown().describe("The payload as received."),
});

/** `POST /platform/billing/events/[billingEventId]/replay`. */
export const replayResponse = z.object({
  id: z.string(),
  provider: z.string(),
  eventId: z.string(),
  type: z.string(),
  previousOutcome: z.string(),
  outcome: z.string().describe("What applying it did this time (it may still be `unreadable: …` or `ignored: …`)."),
});

export type PlansResponse = ResponseOf<typeof plansResponse>;
export type SubscriptionResponse = ResponseOf<typeof subscriptionResponse>;
export type InvoiceResponse = ResponseOf<typeof invoiceResponse>;
export type CreditEntryResponse = ResponseOf<typeof creditEntryResponse>;
export type PublicPlan = PlansResponse["plans"][number];
export type CreditPackOffer = PlansResponse["creditPacks"][number];
export type BillingInterval = "month" | "year";
