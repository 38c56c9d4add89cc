import { z } from "zod";
import { auth, route } from "@/lib/app";
import { startImpersonation } from "@/lib/admin/impersonations";
import { reason } from "@/lib/admin/inputs";
import { impersonationResponse } from "@/lib/admin/responses";

const body = z.object({ userId: z.string().min(1).max(64), reason });

/**
 * Starts a read-only impersonation: 201 with the session, and the cookies that make the browser
 * that user (the admin's own session is kept aside by Better Auth and restored on DELETE …/current).
 */
export const POST = route({ auth: "platformAdmin", body, response: impersonationResponse, status: 201 }, async ({ req, user, body }) => {
  const started = await startImpersonation(user, body, async (userId) => {
    const { headers, response } = await auth.api.impersonateUser({ body: { userId }, headers: req.headers, returnHeaders: true });
    return { session: response.session, headers };
  });
  const response = Response.json(impersonationResponse.parse(started.body), { status: 201 });
  for (const cookie of started.headers.getSetCookie()) response.headers.append("set-cookie", cookie);
  return response;
});
