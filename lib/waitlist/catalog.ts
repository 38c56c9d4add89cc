import { defineErrors } from "@/lib/errors";
import { defineIdPrefixes } from "@/lib/ids";

export const waitlistIds = defineIdPrefixes({ waitlistEntry: "wl" });

export const waitlistError = defineErrors({
  /** The position link's token names no entry (mistyped, or the entry was removed). */
  waitlist_entry_not_found: "not_found",
});
