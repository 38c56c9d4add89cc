import { route } from "@/lib/app";
import { cancelDeletion } from "@/lib/privacy/requests";
import { cancelDeletionBody } from "@/lib/privacy/responses";

/** The emailed cancel link's action: the scheduled deletion stops and sign-in works again. */
export const POST = route({ auth: "public", body: cancelDeletionBody, status: 204 }, async ({ body }) => {
  await cancelDeletion(body.token);
});
