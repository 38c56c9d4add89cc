import { sql } from "drizzle-orm";
import { check, index, pgTable, text } from "drizzle-orm/pg-core";
import { timestamptz, updatedAt } from "./columns";
import { tenants } from "./tenants";

/**
 * A tenant's plan and standing, which decide its entitlements (lib/plans). The billing module
 * writes it; without billing no row exists and every tenant has the default plan. A missing row
 * reads as the default plan, free standing, calendar-month period.
 */
export const tenantPlans = pgTable(
  "tenant_plans",
  {
    tenantId: text()
      .primaryKey()
      .references(() => tenants.id, { onDelete: "cascade" }),
    /** Plan id from lib/plans/catalog.ts. */
    plan: text().notNull().default("free"),
    /** free | trialing | active | past_due | suspended | canceled */
    state: text().notNull().default("free"),
    /**
     * The billing interval of the subscription behind the plan: `month` or `year`; null without
     * one (free, a trial, a complimentary plan). What MRR counts (lib/plans/revenue.ts).
     */
    interval: text().$type<"month" | "year">(),
    /** The current paid period; null without a subscription (the calendar month applies). */
    periodStart: timestamptz(),
    periodEnd: timestamptz(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check("tenant_plans_state_check", sql`${t.state} in ('free', 'trialing', 'active', 'past_due', 'suspended', 'canceled')`),
    check("tenant_plans_interval_check", sql`${t.interval} is null or ${t.interval} in ('month', 'year')`),
    index("tenant_plans_state_idx").on(t.state),
  ],
);
