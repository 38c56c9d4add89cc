import { route } from "@/lib/app";
import { listSessions, revokeOtherSessions } from "@/lib/account";
import { z } from "zod";
import { sessionResponse } from "@/lib/account/responses";
import { pageOf } from "@/lib/http/response";

/** The caller's signed-in sessions (device, address, last use), the current one marked. */
export const GET = route({ auth: "session", response: pageOf(sessionResponse) }, async ({ user }) => ({ data: await listSessions(user), nextCursor: null }));

/** Signs out everywhere else: every session but the caller's. */
export const DELETE = route({ auth: "session", response: z.object({ revoked: z.number().int() }) }, async ({ user }) => ({ revoked: await revokeOtherSessions(user) }));
