import { db } from "@/db/client";
import { users } from "@/db/schema/auth";
import type { ModuleFixtures } from "@/lib/manifest/define";
import { currentConsents, recordConsent } from "@/lib/privacy/consents";

/**
 * Every seeded account accepted the terms and privacy policy in force, as a sign-up through the
 * form records it (the seed inserts accounts directly): without this each demo login, the admin's
 * among them, would open on the "Our terms have changed" notice. Runs after the modules that add
 * people of their own (billing's customers sort first). Analytics stays undecided, so the cookie
 * banner shows.
 */
async function seedDemo(): Promise<void> {
  const everyone = await db.select({ id: users.id }).from(users);
  for (const { id: userId } of everyone) {
    const decided = new Set((await currentConsents(userId)).map((consent) => consent.type));
    for (const type of ["terms", "privacy"] as const) if (!decided.has(type)) await recordConsent({ userId, ipAddress: null }, { type, granted: true });
  }
}

export const fixtures: ModuleFixtures = {
  seedDemo,
  unscopedRoutes: {
    "/privacy/requests": "the caller's own data requests: a person's, not a tenant's",
    "/privacy/consents": "the caller's own consents",
    "/privacy/deletion/cancel": "public: the emailed cancel link's token is the credential",
    "/platform/privacy/requests": "platform admin: every person's requests",
    "/platform/privacy/requests/[requestId]/hold": "platform admin: a request is a person's, not a tenant's",
    "/platform/privacy/requests/[requestId]/release": "platform admin: a request is a person's, not a tenant's",
  },
  roleMatrix: { "POST /tenants/[tenantId]/privacy-export": ["owner"] },
  validBody: { type: "export", granted: true, token: "a-cancel-token-long-enough" },
};
