ALTER TABLE "events" ADD COLUMN "fanned_out_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "events_pending_fan_out_idx" ON "events" USING btree ("type","id") WHERE fanned_out_at is null;--> statement-breakpoint
-- Events written before this migration were fanned out by emit() itself: mark them done.
UPDATE "events" SET "fanned_out_at" = "created_at";
