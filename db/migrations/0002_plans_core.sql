CREATE TABLE "billing_accounts" (
	"tenant_id" text PRIMARY KEY NOT NULL,
	"trial_ends_at" timestamp with time zone,
	"grace_until" timestamp with time zone,
	"past_due_since" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tenant_plans" (
	"tenant_id" text PRIMARY KEY NOT NULL,
	"plan" text DEFAULT 'free' NOT NULL,
	"state" text DEFAULT 'free' NOT NULL,
	"period_start" timestamp with time zone,
	"period_end" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tenant_plans_state_check" CHECK ("tenant_plans"."state" in ('free', 'trialing', 'active', 'past_due', 'suspended', 'canceled'))
);
--> statement-breakpoint
ALTER TABLE "tenants" DROP CONSTRAINT "tenants_billing_state_check";--> statement-breakpoint
ALTER TABLE "billing_accounts" ADD CONSTRAINT "billing_accounts_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tenant_plans" ADD CONSTRAINT "tenant_plans_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "tenant_plans_state_idx" ON "tenant_plans" USING btree ("state");--> statement-breakpoint
-- Move each tenant's standing out of the tenants table: plan, state and period to core's
-- tenant_plans, trial and dunning dates to billing's billing_accounts. The period's start was
-- never stored: a month before its end is right for monthly plans, and the next renewal event
-- writes the true one.
INSERT INTO "tenant_plans" ("tenant_id", "plan", "state", "period_start", "period_end")
SELECT "id", "plan", "billing_state", "current_period_end" - interval '1 month', "current_period_end" FROM "tenants"
WHERE "plan" <> 'free' OR "billing_state" <> 'free' OR "current_period_end" IS NOT NULL;--> statement-breakpoint
INSERT INTO "billing_accounts" ("tenant_id", "trial_ends_at", "grace_until", "past_due_since")
SELECT "id", "trial_ends_at", "grace_until", "past_due_since" FROM "tenants"
WHERE "trial_ends_at" IS NOT NULL OR "grace_until" IS NOT NULL OR "past_due_since" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "tenants" DROP COLUMN "plan";--> statement-breakpoint
ALTER TABLE "tenants" DROP COLUMN "billing_state";--> statement-breakpoint
ALTER TABLE "tenants" DROP COLUMN "trial_ends_at";--> statement-breakpoint
ALTER TABLE "tenants" DROP COLUMN "current_period_end";--> statement-breakpoint
ALTER TABLE "tenants" DROP COLUMN "grace_until";--> statement-breakpoint
ALTER TABLE "tenants" DROP COLUMN "past_due_since";