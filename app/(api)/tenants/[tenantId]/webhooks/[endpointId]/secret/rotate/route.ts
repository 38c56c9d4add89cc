import { route } from "@/lib/app";
import { rotateSecret } from "@/lib/webhooks";
import { secretResponse } from "@/lib/webhooks/responses";

/** A new secret; the previous one keeps signing beside it for 24 hours. */
export const POST = route({ auth: "session", permission: { webhook: ["reveal", "update"] }, response: secretResponse }, ({ tenant, params }) =>
  rotateSecret(tenant, params.endpointId ?? ""),
);
