CREATE TABLE "onboarding_checklists" (
	"user_id" text NOT NULL,
	"tenant_id" text NOT NULL,
	"dismissed_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	CONSTRAINT "onboarding_checklists_key" PRIMARY KEY("user_id","tenant_id")
);
--> statement-breakpoint
CREATE TABLE "onboarding_steps" (
	"scope_id" text NOT NULL,
	"step_id" text NOT NULL,
	"completed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "onboarding_steps_key" PRIMARY KEY("scope_id","step_id")
);
