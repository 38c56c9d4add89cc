import { billingError } from "../catalog";
import { isProductionRuntime } from "@/lib/runtime";
import { developmentSimulatorSecret } from "../keys";
import { simulatorProvider } from "../simulator/provider";
import { dodoProvider } from "./dodo";
import type { BillingProvider, ProviderName } from "./types";
import { billingEnv } from "@/lib/billing/env";

export * from "./types";

/**
 * Which provider takes payments: BILLING_PROVIDER when set; else Dodo when its API key is set;
 * else the local simulator — but never the simulator in production unless it is named
 * explicitly (a deployment that forgot its keys must not hand out free plans). Null: none.
 */
export function configuredProvider(): ProviderName | null {
  return chooseProvider({ explicit: billingEnv.BILLING_PROVIDER, dodoKey: billingEnv.DODO_PAYMENTS_API_KEY, production: isProductionRuntime });
}

/** The rule itself, without the environment (tested in providers/choose.test.ts). */
export function chooseProvider(input: { explicit?: ProviderName; dodoKey?: string; production: boolean }): ProviderName | null {
  if (input.explicit) return input.explicit;
  if (input.dodoKey) return "dodo";
  return input.production ? null : "simulator";
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
      // Its development secret is public: a production simulator with it would accept forged
      // webhooks (free plans, free credits). Production must bring its own secret.
      if (isProductionRuntime && billingEnv.BILLING_SIMULATOR_WEBHOOK_SECRET === developmentSimulatorSecret) {
        throw billingError("billing_not_configured", "The payment simulator runs in production only with your own BILLING_SIMULATOR_WEBHOOK_SECRET.");
      }
      return simulatorProvider();
    case "dodo":
      if (!billingEnv.DODO_PAYMENTS_API_KEY) throw notConfigured();
      return dodoProvider({ apiKey: billingEnv.DODO_PAYMENTS_API_KEY, webhookKey: billingEnv.DODO_PAYMENTS_WEBHOOK_KEY, environment: billingEnv.DODO_PAYMENTS_ENVIRONMENT, baseUrl: billingEnv.DODO_PAYMENTS_BASE_URL });
    case null:
      throw notConfigured();
  }
}

function notConfigured() {
  return billingError("billing_not_configured", "Payments are not set up on this deployment: set DODO_PAYMENTS_API_KEY (see the billing docs).");
}
