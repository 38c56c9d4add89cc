-- Overage fees are now announced as `usage.overage_recorded` events, and billing reports them
-- to the payment provider. Fees stored but not yet reported get their event here, so none is lost.
INSERT INTO "events" ("id", "type", "tenant_id", "data", "created_at")
SELECT 'evt_migrated_' || "report_event_id", 'usage.overage_recorded', "tenant_id",
  jsonb_build_object(
    'tenantId', "tenant_id", 'meter', "meter", 'quantity', "overage", 'amount', "amount", 'currency', "currency",
    'periodStart', to_char("period_start" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'periodEnd', to_char("period_end" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'reportEventId', "report_event_id"
  ),
  now()
FROM "usage_overage_fees" WHERE "reported_at" IS NULL;--> statement-breakpoint
ALTER TABLE "usage_overage_fees" DROP COLUMN "reported_at";
