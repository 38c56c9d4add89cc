import { sql } from "drizzle-orm";
import { index, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { createdAt, timestamptz, updatedAt } from "./columns";

// Tenants are Better Auth organizations (model names mapped in lib/auth/server.ts). A tenant's
// plan and standing are core's too, in their own table (db/schema/plans.ts).

export const tenants = pgTable(
  "tenants",
  {
    id: text().primaryKey(),
    name: text().notNull(),
    slug: text().notNull(),
    logo: text(),
    metadata: text(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deletedAt: timestamptz(),
  },
  (t) => [uniqueIndex("tenants_slug_key").on(t.slug)],
);

export const tenantMembers = pgTable(
  "tenant_members",
  {
    id: text().primaryKey(),
    tenantId: text()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** owner | admin | member | viewer | guest (lib/auth/roles.ts). */
    role: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("tenant_members_tenant_user_key").on(t.tenantId, t.userId),
    index("tenant_members_user_idx").on(t.userId),
    // Exactly one owner per tenant: transfers swap roles inside one transaction.
    uniqueIndex("tenant_members_one_owner_key").on(t.tenantId).where(sql`role = 'owner'`),
  ],
);

export const tenantInvitations = pgTable(
  "tenant_invitations",
  {
    id: text().primaryKey(),
    tenantId: text()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    email: text().notNull(),
    role: text().notNull(),
    /** pending | accepted | rejected | canceled */
    status: text().notNull().default("pending"),
    inviterId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /**
     * SHA-256 of the secret in the emailed link. The link proves the invitee reads mail at the
     * address; no API returns the secret. Null for invitations made before links carried one.
     */
    tokenHash: text(),
    expiresAt: timestamptz().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("tenant_invitations_email_idx").on(t.email),
    // One open invitation per address per tenant; a new invite to the same address resends it.
    uniqueIndex("tenant_invitations_pending_key").on(t.tenantId, t.email).where(sql`status = 'pending'`),
  ],
);
