import { z } from "zod";
import { route } from "@/lib/app";
import { withReason } from "@/lib/admin/inputs";
import { cancelJob } from "@/lib/admin/operations";

/** Cancels a pending or dead job (a running one answers 409). */
export const POST = route({ auth: "platformAdmin", body: withReason, response: z.object({ id: z.string(), status: z.literal("canceled") }) }, ({ user, params, body }) =>
  cancelJob(user, params.jobId ?? "", body.reason),
);
