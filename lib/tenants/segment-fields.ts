import { sql } from "drizzle-orm";
import { tenantMembers, tenants } from "@/db/schema/tenants";
import type { SegmentField } from "@/lib/manifest/define";

/** What segments can filter on from tenants and memberships (lib/segments). */
export const tenantSegmentFields: readonly SegmentField[] = [
  {
    id: "user.tenantRoles",
    subject: "user",
    type: "list",
    description: "The user's roles across their tenants (owner, admin, member, viewer, guest).",
    value: (id) => sql`(select array_agg(distinct ${tenantMembers.role}) from ${tenantMembers} where ${tenantMembers.userId} = ${id})`,
  },
  { id: "tenant.createdAt", subject: "tenant", type: "date", description: "When the tenant was created.", value: (id) => sql`(select ${tenants.createdAt} from ${tenants} where ${tenants.id} = ${id})` },
  { id: "tenant.memberCount", subject: "tenant", type: "number", description: "How many members the tenant has.", value: (id) => sql`(select count(*) from ${tenantMembers} where ${tenantMembers.tenantId} = ${id})` },
];
