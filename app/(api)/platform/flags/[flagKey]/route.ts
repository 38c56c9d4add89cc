import { route } from "@/lib/app";
import { updateFlagInput } from "@/lib/flags/definition";
import { flagResponse } from "@/lib/flags/responses";
import { getFlag, updateFlag } from "@/lib/flags/store";

export const GET = route({ auth: "platformAdmin", response: flagResponse }, ({ params }) => getFlag(params.flagKey ?? ""));

/** Changes the default, rules, overrides or description; `{archived: true}` archives it. Audited with before and after. */
export const PATCH = route({ auth: "platformAdmin", body: updateFlagInput, response: flagResponse }, ({ user, params, body }) => updateFlag(user, params.flagKey ?? "", body));
