import { defineErrors } from "@/lib/errors";

/**
 * Refusals of a signed download link. Not core's `invalid_signature` (401, for webhooks): a link
 * is not a login, and a refused one is final, so both answer 403.
 */
export const storageError = defineErrors({
  link_invalid: "forbidden",
  link_expired: "forbidden",
});
