CREATE TABLE "billing_trials" (
	"email" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"tenant_id" text NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "billing_trials" ADD CONSTRAINT "billing_trials_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Owners who trialed before this table existed keep having had their trial.
INSERT INTO "billing_trials" ("email", "user_id", "tenant_id", "started_at")
SELECT DISTINCT ON (lower(u."email")) lower(u."email"), u."id", c."tenant_id", c."at"
FROM "billing_state_changes" c
JOIN "tenant_members" m ON m."tenant_id" = c."tenant_id" AND m."role" = 'owner'
JOIN "users" u ON u."id" = m."user_id"
WHERE c."to" = 'trialing'
ORDER BY lower(u."email"), c."at"
ON CONFLICT DO NOTHING;
