import type { ApiKeyAuthenticator } from "@/lib/http/api-key";
import { createRoute } from "@/lib/http/route";
import { access, type AppPermission } from "./access";
import { getSessionFromHeaders } from "./auth";
import { modules } from "./modules";

const authenticateApiKey = modules
  .map((m) => ("hooks" in m ? (m.hooks as { authenticateApiKey?: ApiKeyAuthenticator }).authenticateApiKey : undefined))
  .find((hook) => hook !== undefined);

/**
 * `route()` for this app: sessions from its Better Auth instance, permissions from every module's
 * matrix, API keys through the api-keys module when it is installed.
 */
export const route = createRoute<AppPermission>({ getSession: getSessionFromHeaders, access, authenticateApiKey });
