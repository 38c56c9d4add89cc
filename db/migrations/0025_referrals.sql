CREATE TABLE "referral_clicks" (
	"code" text NOT NULL,
	"day" text NOT NULL,
	"clicks" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "referral_clicks_key" PRIMARY KEY("code","day")
);
--> statement-breakpoint
CREATE TABLE "referral_codes" (
	"user_id" text PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "referral_devices" (
	"user_id" text NOT NULL,
	"device_hash" text NOT NULL,
	"seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "referral_devices_key" PRIMARY KEY("user_id","device_hash")
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" text PRIMARY KEY NOT NULL,
	"referrer_id" text NOT NULL,
	"referred_user_id" text NOT NULL,
	"code" text NOT NULL,
	"status" text NOT NULL,
	"reason" text,
	"referred_tenant_id" text,
	"referrer_tenant_id" text,
	"payment_id" text,
	"converted_at" timestamp with time zone,
	"held_until" timestamp with time zone,
	"rewarded_at" timestamp with time zone,
	"reward_credits" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "referrals_reward_non_negative" CHECK ("referrals"."reward_credits" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX "referral_codes_code_key" ON "referral_codes" USING btree ("code");--> statement-breakpoint
CREATE INDEX "referral_devices_hash_idx" ON "referral_devices" USING btree ("device_hash");--> statement-breakpoint
CREATE INDEX "referral_devices_seen_idx" ON "referral_devices" USING btree ("seen_at");--> statement-breakpoint
CREATE UNIQUE INDEX "referrals_referred_user_key" ON "referrals" USING btree ("referred_user_id");--> statement-breakpoint
CREATE INDEX "referrals_referrer_idx" ON "referrals" USING btree ("referrer_id","converted_at");--> statement-breakpoint
CREATE INDEX "referrals_referred_tenant_idx" ON "referrals" USING btree ("referred_tenant_id");--> statement-breakpoint
CREATE INDEX "referrals_held_idx" ON "referrals" USING btree ("held_until") WHERE status = 'held';