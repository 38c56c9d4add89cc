import { env } from "@/lib/env";
import { HttpError } from "@/lib/http/errors";
import { isProductionRuntime } from "@/lib/runtime";
import { simulatorProvider } from "../simulator/provider";
import { dodoProvider } from "./dodo";
import type { BillingProvider, ProviderName } from "./types";

export * from "./types";

/**
 * Which provider takes payments: BILLING_PROVIDER when set; else Dodo when its API key is set;
 * else the local simulator — but never the simulator in production unless it is named
 * explicitly (a deployment that forgot its keys must not hand out free plans). Null: none.
 */
export function configuredProvider(): ProviderName | null {
  if (env.BILLING_PROVIDER) return env.BILLING_PROVIDER;
  if (env.DODO_PAYMENTS_API_KEY) return "dodo";
  return isProductionRuntime ? null : "simulator";
}

/** The provider named, if it is the one configured (webhooks for any other are refused). */
export function providerByName(name: string): BillingProvider | null {
  if (name !== configuredProvider()) return null;
  return billingProvider();
}

/** The configured provider; 503 `billing_not_configured` when there is none. */
export function billingProvider(): BillingProvider {
  const name = configuredProvider();
  switch (name) {
    case "simulator":
      return simulatorProvider();
    case "dodo":
      if (!env.DODO_PAYMENTS_API_KEY) throw notConfigured();
      return dodoProvider({ apiKey: env.DODO_PAYMENTS_API_KEY, webhookKey: env.DODO_PAYMENTS_WEBHOOK_KEY, environment: env.DODO_PAYMENTS_ENVIRONMENT });
    case null:
      throw notConfigured();
  }
}

function notConfigured() {
  return new HttpError("billing_not_configured", "Payments are not set up on this deployment: set DODO_PAYMENTS_API_KEY (see the billing docs).");
}
