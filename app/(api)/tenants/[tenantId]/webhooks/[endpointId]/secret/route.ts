import { route } from "@/lib/app";
import { revealSecret } from "@/lib/webhooks";
import { secretResponse } from "@/lib/webhooks/responses";

/** Owners and admins only, from a signed-in session (never an API key); every reveal is audited. */
export const GET = route({ auth: "session", permission: { webhook: ["reveal"] }, response: secretResponse }, ({ tenant, params }) =>
  revealSecret(tenant, params.endpointId ?? ""),
);
