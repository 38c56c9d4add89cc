import { z } from "zod";
import { route } from "@/lib/app";
import { jobStatuses, listJobs } from "@/lib/admin/operations";
import { jobsPageResponse } from "@/lib/admin/responses";
import { pageQuery } from "@/lib/http/pagination";

const query = pageQuery.extend({ status: z.enum(jobStatuses).optional(), name: z.string().trim().max(100).optional() });

/** Jobs by status and definition, newest first, with payload and last error. */
export const GET = route({ auth: "platformAdmin", query, response: jobsPageResponse }, ({ query }) => listJobs({ ...query, name: query.name || undefined }));
