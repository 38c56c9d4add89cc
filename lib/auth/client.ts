import { passkeyClient } from "@better-auth/passkey/client";
import { magicLinkClient, twoFactorClient } from "better-auth/client/plugins";
import { createAuthClient } from "better-auth/react";

/**
 * The browser's Better Auth client (same origin, `/api/auth/*`). Tenant operations do not go
 * through here: they use Keel's REST routes via `lib/api-client.ts`, which audit and emit events.
 * The sign-in form handles the two-factor step itself (it reads `twoFactorRedirect`), so the
 * plugin is given no redirect page.
 */
export const authClient = createAuthClient({ plugins: [magicLinkClient(), twoFactorClient(), passkeyClient()] });
