import { z } from "zod";
import { pageQuery } from "@/lib/http/pagination";

/** Every admin action says why: the reason lands in the audit row. */
export const reason = z.string().trim().min(3, "Say why (at least 3 characters): it is kept in the audit log.").max(500);
export const withReason = z.object({ reason });

export const searchQuery = pageQuery.extend({ query: z.string().trim().max(200).optional() });
