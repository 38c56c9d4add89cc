CREATE TABLE "privacy_consents" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"type" text NOT NULL,
	"version" text NOT NULL,
	"granted" boolean NOT NULL,
	"ip_hash" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "privacy_requests" (
	"id" text PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"user_id" text NOT NULL,
	"tenant_id" text,
	"status" text NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"file_key" text,
	"file_size" integer,
	"expires_at" timestamp with time zone,
	"scheduled_for" timestamp with time zone,
	"cancel_token_hash" text,
	"hold_reason" text,
	"held_by" text,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "billing_trials" ADD COLUMN "email_hash" text;--> statement-breakpoint
ALTER TABLE "referrals" ADD COLUMN "referred_email_hash" text;--> statement-breakpoint
CREATE INDEX "privacy_consents_user_idx" ON "privacy_consents" USING btree ("user_id","type","created_at");--> statement-breakpoint
CREATE INDEX "privacy_requests_user_idx" ON "privacy_requests" USING btree ("user_id","id");--> statement-breakpoint
CREATE INDEX "privacy_requests_status_idx" ON "privacy_requests" USING btree ("status","scheduled_for");--> statement-breakpoint
CREATE UNIQUE INDEX "privacy_requests_one_export" ON "privacy_requests" USING btree ("user_id","type") WHERE type in ('export', 'tenant_export') and status in ('pending', 'running');--> statement-breakpoint
CREATE UNIQUE INDEX "privacy_requests_one_deletion" ON "privacy_requests" USING btree ("user_id") WHERE type = 'deletion' and status in ('scheduled', 'held');--> statement-breakpoint
CREATE UNIQUE INDEX "privacy_requests_one_tenant_deletion" ON "privacy_requests" USING btree ("tenant_id") WHERE type = 'tenant_deletion' and status in ('scheduled', 'held');--> statement-breakpoint
CREATE INDEX "referrals_referred_email_idx" ON "referrals" USING btree ("referred_email_hash");