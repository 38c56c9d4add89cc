import { route } from "@/lib/app";
import { liftSuppression } from "@/lib/email";

/** Lifts a suppression (audited as `email.suppression_lifted`); mail to the address goes out again. */
export const DELETE = route({ auth: "platformAdmin", status: 204 }, ({ user, params }) => liftSuppression(user, params.address ?? ""));
