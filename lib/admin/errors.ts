import { defineErrors } from "@/lib/errors";

/** The admin module's error codes (its manifest's `errors`). */
export const adminError = defineErrors({
  not_banned: "conflict",
  already_verified: "conflict",
  user_banned: "conflict",
  job_not_cancelable: "conflict",
  job_not_retryable: "conflict",
  not_impersonating: "conflict",
});
