import { route } from "@/lib/app";
import { receiveResendWebhook } from "@/lib/email";
import { resendWebhookResponse } from "@/lib/email/responses";

/** Resend's bounce and complaint events (Svix-signed); duplicates answer 200 and do nothing. */
export const POST = route({ auth: "public", maxBodyBytes: 256 * 1024, response: resendWebhookResponse }, ({ req }) => receiveResendWebhook(req));
