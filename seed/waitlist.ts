import type { ModuleFixtures } from "@/lib/manifest/define";

/** The waitlist module's test data (its manifest's `fixtures`). */
export const fixtures: ModuleFixtures = {
  unscopedRoutes: {
    "/waitlist": "public: anyone may join the waitlist",
    "/waitlist/position": "public, with the secret token from the position email",
    "/platform/waitlist": "platform admins only (404 to everyone else): the whole deployment's waitlist",
    "/platform/waitlist/invite": "platform admins only (404 to everyone else): invites from the whole deployment's waitlist",
  },
  validBody: { count: 1 },
};
