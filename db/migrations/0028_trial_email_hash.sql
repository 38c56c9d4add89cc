-- Trials are keyed by the owner's address's salted hash (lib/auth/email-hash.ts), never the address.
-- Rows from before cannot be re-hashed here (the key is derived from BETTER_AUTH_SECRET): they keep
-- an unsalted marker instead, so they stay unique, and those people could start one more trial.
UPDATE "billing_trials" SET "email_hash" = 'legacy:' || md5(lower("email")) WHERE "email_hash" IS NULL;--> statement-breakpoint
ALTER TABLE "billing_trials" DROP COLUMN "email";--> statement-breakpoint
ALTER TABLE "billing_trials" ALTER COLUMN "email_hash" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "billing_trials" ADD PRIMARY KEY ("email_hash");
