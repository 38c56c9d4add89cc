import { createApiKey } from "@/lib/api-keys";
import { access } from "@/lib/app";
import { systemContext } from "@/lib/tenants/context";

/** A real API key of `tenantId` (through the api-keys module), as the bearer header and key id. */
export async function mintKey(tenantId: string, environment: "live" | "test" = "live", scopes = ["usage:read", "usage:write"]) {
  const key = await createApiKey(systemContext(tenantId), { name: "test", environment, scopes }, access);
  return { authorization: `Bearer ${key.key}`, keyId: key.id };
}
