import { route } from "@/lib/app";
import { positionByToken } from "@/lib/waitlist/entries";
import { positionQuery, positionResponse } from "@/lib/waitlist/responses";

/** Your place in line and confirmed referrals, for the token in your position link; 404 for an unknown token. */
export const GET = route({ auth: "public", query: positionQuery, response: positionResponse }, ({ query }) => positionByToken(query.token));
