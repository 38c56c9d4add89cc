import { z } from "zod";
import { auth, route } from "@/lib/app";
import { endImpersonation } from "@/lib/admin/impersonations";

/**
 * Ends the impersonation this request is made with. Called with the impersonation session's own
 * cookies, so it is a session route (the caller is the impersonated user, not an admin) and the
 * one write a read-only impersonation may make.
 */
export const DELETE = route({ auth: "session", allowedWhileImpersonating: true, response: z.object({ ended: z.boolean() }) }, async ({ req, user }) => {
  const headers = await endImpersonation(user, async () => (await auth.api.stopImpersonating({ headers: req.headers, returnHeaders: true })).headers);
  const response = Response.json({ ended: true });
  for (const cookie of headers.getSetCookie()) response.headers.append("set-cookie", cookie);
  return response;
});
