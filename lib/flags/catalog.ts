import { defineErrors } from "@/lib/errors";

export const flagsError = defineErrors({
  flag_not_found: "not_found",
  /** Keys are never reused, even after archiving: old code asking for a key must not get a new meaning. */
  flag_exists: "conflict",
});
