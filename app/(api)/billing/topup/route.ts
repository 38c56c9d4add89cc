import { route } from "@/lib/app";
import { createTopupCheckout, packChoice } from "@/lib/billing";

export const POST = route({ auth: "session", permission: { billing: ["manage"] }, body: packChoice, idempotent: true }, ({ tenant, user, body }) =>
  createTopupCheckout(tenant, user, body),
);
