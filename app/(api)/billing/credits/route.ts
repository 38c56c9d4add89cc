import { route } from "@/lib/app";
import { pageQuery } from "@/lib/http";
import { listCredits } from "@/lib/credits";

/** `{ balance, lowBalance, data: [ledger entries], nextCursor }`. */
export const GET = route({ auth: "session", permission: { billing: ["read"] }, query: pageQuery }, ({ tenant, query }) =>
  listCredits(tenant, query),
);
