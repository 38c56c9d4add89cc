import type { ApiKeyPrincipal } from "@/lib/http/api-key";
import { newId } from "@/lib/ids";
import { modules, type KeelModule } from "@/lib/modules";

/**
 * For tests: registers an API-key authenticator that knows only the keys minted here, ahead of
 * any real one, so routes with `auth: "apiKey"` can be called without the api-keys module.
 */
export function fakeApiKeys() {
  const principals = new Map<string, ApiKeyPrincipal>();
  const fake: KeelModule = {
    id: "usage-test-keys",
    core: false,
    authenticateApiKey: async (req) => {
      const token = req.headers.get("authorization")?.replace(/^Bearer\s+/i, "");
      return token ? (principals.get(token) ?? null) : null;
    },
  };
  modules.unshift(fake);
  return {
    /** A bearer header for a new key of the tenant. */
    mint(tenantId: string, environment: "live" | "test" = "live", scopes = ["usage:read", "usage:write"]): { authorization: string; keyId: string } {
      const token = `sk_fake_${newId("request")}`;
      const keyId = `key_fake_${principals.size}`;
      principals.set(token, { keyId, tenantId, environment, scopes, createdBy: null });
      return { authorization: `Bearer ${token}`, keyId };
    },
    restore() {
      const at = modules.indexOf(fake);
      if (at >= 0) modules.splice(at, 1);
    },
  };
}
