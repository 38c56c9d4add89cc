ALTER TABLE "billing_state_changes" ADD COLUMN "plan" text;--> statement-breakpoint
ALTER TABLE "billing_state_changes" ADD COLUMN "interval" text;--> statement-breakpoint
CREATE INDEX "billing_state_changes_at_idx" ON "billing_state_changes" USING btree ("at");