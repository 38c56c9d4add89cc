CREATE TABLE "storage_objects" (
	"key" text PRIMARY KEY NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"data" "bytea",
	"expires_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "storage_objects_expires_idx" ON "storage_objects" USING btree ("expires_at") WHERE "storage_objects"."expires_at" is not null;