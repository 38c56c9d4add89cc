import { route } from "@/lib/app";
import { previewFlag } from "@/lib/flags/preview";
import { evaluateQuery, evaluationResponse } from "@/lib/flags/responses";

/** The "who gets it" preview: the flag's value for `userId` and/or `tenantId`, and the rule that decided. */
export const GET = route({ auth: "platformAdmin", query: evaluateQuery, response: evaluationResponse }, ({ params, query }) => previewFlag(params.flagKey ?? "", query));
