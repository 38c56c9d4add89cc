import { toNextJsHandler } from "better-auth/next-js";
import { withClientIp } from "@/lib/auth/client-ip-header";
import { withErrorEnvelope } from "@/lib/auth/error-envelope";
import { secondFactorUnreadable } from "@/lib/auth/second-factor";
import { impersonationAuthPathsAllowed, impersonationReadOnly, impersonatorOf, recordSignOutOfImpersonation } from "@/lib/auth/impersonation";
import { auth, getSessionFromHeaders } from "@/lib/app";
import { errorResponse } from "@/lib/http/errors";
import { newId } from "@/lib/ids";

const handler = toNextJsHandler(auth);

// Better Auth sees the client address Keel's own routes see (lib/auth/client-ip-header.ts).
export const GET = (req: Request) => handler.GET(withClientIp(req));

/**
 * Every Better Auth write (password, email, two-factor and passkey changes, sign-ins) is refused
 * to a read-only impersonation session, except signing out, which ends the impersonation.
 */
export async function POST(req: Request) {
  const path = new URL(req.url).pathname;
  const session = req.headers.has("cookie") ? await getSessionFromHeaders(req.headers) : null;
  if (session && impersonatorOf(session)) {
    if (!impersonationAuthPathsAllowed.has(path)) return errorResponse(impersonationReadOnly(), newId("request"));
    await recordSignOutOfImpersonation(session);
  }
  const requestId = newId("request");
  return withErrorEnvelope(secondFactorUnreadable(path, await handler.POST(withClientIp(req)), requestId), requestId);
}
