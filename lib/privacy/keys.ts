import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

export const privacyKeys = () =>
  createEnv({
    server: {
      /** Days between a deletion request and its purge, during which it can be canceled. 0: the next job tick (tests). */
      PRIVACY_DELETION_GRACE_DAYS: z.coerce.number().int().min(0).max(365).default(30),
      /** Days an export's download link works; the file is removed then. */
      PRIVACY_EXPORT_TTL_DAYS: z.coerce.number().int().min(1).max(30).default(7),
      /** The version of the terms and of the privacy policy now in force: raising one asks everyone to accept again at their next sign-in. */
      TERMS_VERSION: z.string().min(1).max(40).default("2026-11-01"),
      PRIVACY_POLICY_VERSION: z.string().min(1).max(40).default("2026-11-01"),
    },
    experimental__runtimeEnv: {},
    emptyStringAsUndefined: true,
  });
