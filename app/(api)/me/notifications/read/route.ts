import { route } from "@/lib/app";
import { markRead, markReadInput } from "@/lib/notifications";

/** Marks the listed notifications read, or all of the caller's when `ids` is absent. */
export const POST = route({ auth: "session", body: markReadInput, status: 204 }, async ({ user, body }) => {
  await markRead(user, body.ids);
});
