import { route } from "@/lib/app";
import { createFlagInput } from "@/lib/flags/definition";
import { flagListResponse, flagResponse } from "@/lib/flags/responses";
import { createFlag, listFlags } from "@/lib/flags/store";

/** Every flag, archived ones included, by key. */
export const GET = route({ auth: "platformAdmin", response: flagListResponse }, async () => ({ data: await listFlags() }));

/** Creates a flag: live in every process within a second. */
export const POST = route({ auth: "platformAdmin", body: createFlagInput, response: flagResponse, status: 201 }, ({ user, body }) => createFlag(user, body));
