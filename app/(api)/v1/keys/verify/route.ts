import { verifyKeyAnswer, verifyKeyInput } from "@/lib/api-keys/verify-endpoint";
import { route } from "@/lib/app";

/**
 * For other services: is this key good, for which tenant and scopes? Always 200 for a decision,
 * `{ valid: false, reason }` for a bad or over-limit key, so callers branch on one field. A check
 * counts as a use of the key (rate limits, last used).
 */
export const POST = route({ auth: "public", body: verifyKeyInput }, ({ body }) => verifyKeyAnswer(body.key));
