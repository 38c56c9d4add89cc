import { verifyKeyAnswer, verifyKeyInput } from "@/lib/api-keys/verify-endpoint";
import { access, route } from "@/lib/app";
import { verifyKeyResponse } from "@/lib/api-keys/responses";
import { clientIp } from "@/lib/http";

/**
 * For other services: is this key good, for which tenant and scopes? Always 200 for a decision,
 * `{ valid: false, reason }` for a bad or over-limit key, so callers branch on one field. A check
 * counts as a use of the key (rate limits, last used). A caller sending many keys that do not
 * exist is guessing: past a limit per address it gets 429.
 */
export const POST = route({ auth: "public", body: verifyKeyInput, response: verifyKeyResponse }, ({ body, req }) =>
  verifyKeyAnswer(body.key, access, { callerAddress: clientIp(req) ?? "unknown" }),
);
