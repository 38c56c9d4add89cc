import { errors } from "@/lib/errors";
import { creditPacks, plans } from "./plans";
import { configuredProvider } from "./providers";

export {
  createSubscriptionCheckout,
  createTopupCheckout,
  getSubscription,
  changePlan,
  cancelSubscription,
  resumeSubscription,
  customerPortalUrl,
  listInvoices,
} from "./service";
export { planChoice, packChoice, cancelInput } from "./schemas";
export { completeSimulatorCheckout, setSimulatorCard, advanceSimulatorClock } from "./simulator/actions";
export { billingStates, type BillingState } from "./state";
export { configuredProvider } from "./providers";

/** `GET /billing/plans`: `{ plans: [{ id, name, prices, limits, features }], creditPacks: [{ id, credits, price }] }`. */
export function publicPlans() {
  return {
    plans: Object.values(plans).map(({ id, name, description, prices, limits, features, metered, contactSales }) => ({ id, name, description, prices, limits, features, metered, contactSales })),
    creditPacks: Object.values(creditPacks).map(({ id, credits, price }) => ({ id, credits, price })),
    provider: configuredProvider(),
  };
}

/** Simulator routes exist only while the simulator is the provider. */
export function requireSimulator(): void {
  if (configuredProvider() !== "simulator") throw errors.notFound("The payment simulator (not enabled on this deployment)");
}
