import { magicLinkClient } from "better-auth/client/plugins";
import { createAuthClient } from "better-auth/react";

/**
 * The browser's Better Auth client (same origin, `/api/auth/*`). Tenant operations do not go
 * through here: they use Keel's REST routes via `lib/api-client.ts`, which audit and emit events.
 */
export const authClient = createAuthClient({ plugins: [magicLinkClient()] });
