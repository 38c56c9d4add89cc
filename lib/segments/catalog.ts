import { defineErrors } from "@/lib/errors";

export const segmentsError = defineErrors({
  segment_not_found: "not_found",
  /** Keys are never reused, even after archiving: a flag rule naming an old key must not get a new meaning. */
  segment_exists: "conflict",
});
