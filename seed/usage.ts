import type { ModuleFixtures } from "@/lib/manifest/define";

const readers = ["owner", "admin", "member"];

/** The usage module's test data (its manifest's `fixtures`). */
export const fixtures: ModuleFixtures = {
  roleMatrix: {
    "GET /usage": readers,
    "GET /usage/daily": readers,
    "GET /usage/requests": readers,
    "GET /usage/overage": ["owner", "admin"],
  },
  validBody: { meter: "api_requests", quantity: 1, idempotencyKey: "fixture" },
};
