import { z } from "zod";
import { route } from "@/lib/app";
import { requestTenantExport } from "@/lib/privacy/tenant-requests";

const created = z.object({ id: z.string(), type: z.literal("tenant_export"), status: z.literal("pending") });

/** Owners: an export of everything the tenant holds, as a ZIP linked by email (it appears in the owner's GET /privacy/requests). */
export const POST = route({ auth: "session", permission: { organization: ["delete"] }, response: created, status: 202 }, ({ tenant }) => requestTenantExport(tenant));
