import { route } from "@/lib/app";
import { listSessions, revokeOtherSessions } from "@/lib/account";

export const GET = route({ auth: "session" }, async ({ user }) => ({ data: await listSessions(user), nextCursor: null }));

/** Signs out everywhere else: every session but the caller's. */
export const DELETE = route({ auth: "session" }, async ({ user }) => ({ revoked: await revokeOtherSessions(user) }));
