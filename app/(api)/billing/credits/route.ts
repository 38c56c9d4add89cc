import { route } from "@/lib/app";
import { pageQuery } from "@/lib/http";
import { listCredits } from "@/lib/credits";
import { creditsResponse } from "@/lib/billing/responses";

/** `{ balance, lowBalance, data: [ledger entries], nextCursor }`. */
export const GET = route({ auth: "session", permission: { billing: ["read"] }, query: pageQuery, response: creditsResponse }, ({ tenant, query }) =>
  listCredits(tenant, query),
);
