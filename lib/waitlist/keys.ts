import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

export const waitlistKeys = () =>
  createEnv({
    server: {
      /**
       * `on`: sign-up is invite-only. Only addresses invited from the waitlist (or to a tenant) can
       * create an account; everyone else joins the waitlist. `off` (the default): the waitlist
       * collects interest and sign-up stays open.
       */
      WAITLIST_MODE: z.enum(["on", "off"]).default("off"),
      /** Places a waiting person moves up for each referral that verified its address. */
      WAITLIST_REFERRAL_BOOST: z.coerce.number().int().min(0).max(1000).default(5),
    },
    experimental__runtimeEnv: {},
    emptyStringAsUndefined: true,
  });
