import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

/** A fixed Standard Webhooks secret for the local simulator: it only ever signs local test payments. */
export const developmentSimulatorSecret = "whsec_a2VlbC1zaW11bGF0b3Itd2ViaG9vay1zZWNyZXQ=";

export const keys = () =>
  createEnv({
    server: {
      /**
       * `dodo` or `simulator`. Default: `dodo` when DODO_PAYMENTS_API_KEY is set, else `simulator` —
       * except in production, where the simulator runs only when named here explicitly.
       */
      BILLING_PROVIDER: z.enum(["dodo", "simulator"]).optional(),
      DODO_PAYMENTS_API_KEY: z.string().optional(),
      /** Dodo's webhook signing key (`whsec_…`) for /billing/webhooks/dodo. */
      DODO_PAYMENTS_WEBHOOK_KEY: z.string().optional(),
      /** `test_mode` or `live_mode`. @default test_mode */
      DODO_PAYMENTS_ENVIRONMENT: z.enum(["test_mode", "live_mode"]).default("test_mode"),
      /**
       * Sends Dodo API calls here instead of the URL DODO_PAYMENTS_ENVIRONMENT picks (a proxy, or
       * the local stand-in the provider tests run). @default the environment's URL
       * (https://test.dodopayments.com or https://live.dodopayments.com)
       */
      DODO_PAYMENTS_BASE_URL: z.url().optional(),
      /** Signs the simulator's webhooks (Standard Webhooks). */
      BILLING_SIMULATOR_WEBHOOK_SECRET: z.string().startsWith("whsec_").default(developmentSimulatorSecret),
      /** Days a tenant keeps paid features after a failed payment. @default 7 */
      BILLING_GRACE_DAYS: z.coerce.number().int().min(1).max(60).default(7),
      /** Free-trial length for new tenants, in days; 0 turns trials off. @default 14 */
      BILLING_TRIAL_DAYS: z.coerce.number().int().min(0).max(90).default(14),
      // Dodo product ids, one per plan × interval and per credit pack (from the Dodo dashboard).
      DODO_PRODUCT_STARTER_MONTH: z.string().optional(),
      DODO_PRODUCT_STARTER_YEAR: z.string().optional(),
      DODO_PRODUCT_PRO_MONTH: z.string().optional(),
      DODO_PRODUCT_PRO_YEAR: z.string().optional(),
      DODO_PRODUCT_CREDITS_SMALL: z.string().optional(),
      DODO_PRODUCT_CREDITS_MEDIUM: z.string().optional(),
      DODO_PRODUCT_CREDITS_LARGE: z.string().optional(),
    },
    experimental__runtimeEnv: {},
    emptyStringAsUndefined: true,
  });
