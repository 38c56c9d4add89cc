import { index, pgTable, text } from "drizzle-orm/pg-core";
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
