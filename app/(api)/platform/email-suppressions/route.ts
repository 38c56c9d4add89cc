import { z } from "zod";
import { route } from "@/lib/app";
import { listSuppressions } from "@/lib/email";
import { suppressionsPageResponse } from "@/lib/email/responses";
import { pageQuery } from "@/lib/http/pagination";

const query = pageQuery.extend({ address: z.string().trim().max(320).optional() });

/** Addresses that get no more mail, by address; `?address=` looks one up. Platform admins only. */
export const GET = route({ auth: "platformAdmin", query, response: suppressionsPageResponse }, ({ query }) => listSuppressions(query));
