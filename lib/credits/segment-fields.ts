import { sql } from "drizzle-orm";
import { creditBalances } from "@/db/schema/credits";
import type { SegmentField } from "@/lib/manifest/define";

/** What segments can filter tenants on from the credits ledger (lib/segments). */
export const creditSegmentFields: readonly SegmentField[] = [
  {
    id: "tenant.creditBalance",
    subject: "tenant",
    type: "number",
    description: "The tenant's credits balance now (0 when it never had credits).",
    value: (id) => sql`coalesce((select ${creditBalances.balance} from ${creditBalances} where ${creditBalances.tenantId} = ${id}), 0)`,
  },
];
