CREATE TABLE "product_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"user_id" text,
	"tenant_id" text,
	"properties" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"delivery" text,
	"delivered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "product_events_name_idx" ON "product_events" USING btree ("name","occurred_at");--> statement-breakpoint
CREATE INDEX "product_events_user_idx" ON "product_events" USING btree ("user_id","occurred_at");--> statement-breakpoint
CREATE INDEX "product_events_tenant_idx" ON "product_events" USING btree ("tenant_id","occurred_at");