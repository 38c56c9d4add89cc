import { z } from "zod";
import { retryJob, route } from "@/lib/app";
import { retryJobAudited } from "@/lib/admin/operations";

/** Puts a dead job back in the queue with a fresh budget of attempts (409 for any other status). */
export const POST = route({ auth: "platformAdmin", response: z.object({ id: z.string(), status: z.literal("pending") }) }, ({ user, params }) =>
  retryJobAudited(user, params.jobId ?? "", retryJob),
);
