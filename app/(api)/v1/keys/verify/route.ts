import { verifyKeyAnswer, verifyKeyInput } from "@/lib/api-keys/verify-endpoint";
import { access, route } from "@/lib/app";
import { verifyKeyResponse } from "@/lib/api-keys/responses";

/**
 * For other services: is this key good, for which tenant and scopes? Always 200 for a decision,
 * `{ valid: false, reason }` for a bad or over-limit key, so callers branch on one field. A check
 * counts as a use of the key (rate limits, last used).
 */
export const POST = route({ auth: "public", body: verifyKeyInput, response: verifyKeyResponse }, ({ body }) => verifyKeyAnswer(body.key, access));
