CREATE TABLE "alert_deliveries" (
	"alert" text PRIMARY KEY NOT NULL,
	"last_sent_at" timestamp with time zone NOT NULL,
	"last_value" real NOT NULL
);
--> statement-breakpoint
CREATE TABLE "error_counts" (
	"bucket" timestamp with time zone PRIMARY KEY NOT NULL,
	"count" integer DEFAULT 1 NOT NULL
);
