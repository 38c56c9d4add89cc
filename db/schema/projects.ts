import { index, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { createdAt, timestamptz, updatedAt } from "./columns";
import { tenants } from "./tenants";

/** The sample domain: tenant-scoped, soft-deleted. Replace it with your product's own. */
export const projects = pgTable(
  "projects",
  {
    id: text().primaryKey(),
    tenantId: text()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    name: text().notNull(),
    description: text(),
    createdBy: text().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deletedAt: timestamptz(),
  },
  (t) => [index("projects_tenant_idx").on(t.tenantId, t.id)],
);

/**
 * The guests added to a project: a tenant guest reads only the projects listed here for them.
 * Other roles see every project, so rows for them mean nothing until they are guests again.
 */
export const projectMembers = pgTable(
  "project_members",
  {
    id: text().primaryKey(),
    projectId: text()
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    tenantId: text()
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    addedBy: text().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("project_members_project_user_key").on(t.projectId, t.userId),
    // A guest's project list, and dropping a removed member's rows, go by tenant and user.
    index("project_members_tenant_user_idx").on(t.tenantId, t.userId),
  ],
);
