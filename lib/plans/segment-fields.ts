import { sql } from "drizzle-orm";
import { tenantPlans } from "@/db/schema/plans";
import { tenantMembers } from "@/db/schema/tenants";
import type { SegmentField } from "@/lib/manifest/define";

// A tenant without a plan row is on the free plan, in the free state (lib/plans).
const planOf = (id: unknown) => sql`coalesce((select ${tenantPlans.plan} from ${tenantPlans} where ${tenantPlans.tenantId} = ${id}), 'free')`;
const stateOf = (id: unknown) => sql`coalesce((select ${tenantPlans.state} from ${tenantPlans} where ${tenantPlans.tenantId} = ${id}), 'free')`;

/** What segments can filter on from plans and billing standing (lib/segments). */
export const planSegmentFields: readonly SegmentField[] = [
  { id: "tenant.plan", subject: "tenant", type: "text", description: "The tenant's plan id (`free`, `pro`, …).", value: planOf },
  { id: "tenant.billingState", subject: "tenant", type: "text", description: "The tenant's billing state (`free`, `trialing`, `active`, `past_due`, …).", value: stateOf },
  {
    id: "user.plans",
    subject: "user",
    type: "list",
    description: "The plans of the user's tenants.",
    value: (id) => sql`(select array_agg(distinct ${planOf(tenantMembers.tenantId)}) from ${tenantMembers} where ${tenantMembers.userId} = ${id})`,
  },
  {
    id: "user.billingStates",
    subject: "user",
    type: "list",
    description: "The billing states of the user's tenants.",
    value: (id) => sql`(select array_agg(distinct ${stateOf(tenantMembers.tenantId)}) from ${tenantMembers} where ${tenantMembers.userId} = ${id})`,
  },
];
