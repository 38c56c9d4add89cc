import { z } from "zod";
import { route } from "@/lib/app";
import { emailsSent } from "@/lib/admin/users";
import { emailsPageResponse } from "@/lib/admin/responses";
import { pageQuery } from "@/lib/http/pagination";

const query = pageQuery.extend({ to: z.string().trim().max(320).optional(), status: z.enum(["pending", "running", "succeeded", "dead", "canceled"]).optional() });

/** Mail the app sent or is sending, with its delivery status. */
export const GET = route({ auth: "platformAdmin", query, response: emailsPageResponse }, ({ query }) => emailsSent({ ...query, to: query.to || undefined }));
