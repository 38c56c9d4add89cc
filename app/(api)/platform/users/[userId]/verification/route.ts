import { z } from "zod";
import { auth, route } from "@/lib/app";
import { resendVerification } from "@/lib/admin/user-actions";
import { withReason } from "@/lib/admin/inputs";

/** Sends the user a fresh address-verification link. */
export const POST = route({ auth: "platformAdmin", body: withReason, response: z.object({ id: z.string(), sent: z.boolean() }) }, ({ user, params, body }) =>
  resendVerification(user, params.userId ?? "", body, async (email) => {
    await auth.api.sendVerificationEmail({ body: { email, callbackURL: "/dashboard" } });
  }),
);
