import { route } from "@/lib/app";
import { resumeSubscription } from "@/lib/billing";
import { subscriptionResponse } from "@/lib/billing/responses";

/** Undoes a scheduled cancellation before the period ends. */
export const POST = route({ auth: "session", permission: { billing: ["manage"] }, response: subscriptionResponse }, ({ tenant }) => resumeSubscription(tenant));
