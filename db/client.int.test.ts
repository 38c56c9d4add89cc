import { readFileSync } from "node:fs";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { newId } from "@/lib/ids";
import { currentDriver, db } from "./client";
import { tenants } from "./schema/tenants";

const journal = JSON.parse(readFileSync("db/migrations/meta/_journal.json", "utf8")) as { entries: { tag: string; when: number }[] };

class Rollback extends Error {}

function newTenant() {
  const id = newId("tenant");
  return { id, name: "client test", slug: `client-${id.slice(4)}` };
}

const tenantNamed = (id: string) => db.select({ name: tenants.name }).from(tenants).where(eq(tenants.id, id));

describe("database", () => {
  it("opens the driver DATABASE_URL names", () => {
    const url = process.env.DATABASE_URL ?? "";
    const named = !url.startsWith("postgres") ? "pglite" : new URL(url).hostname.endsWith(".neon.tech") ? "neon" : "postgres";
    expect(currentDriver()).toBe(named);
  });

  it("has applied every migration in the journal, the newest last", async () => {
    // drizzle records each applied migration with its journal timestamp.
    const result = await db.execute(sql`select count(*)::int as n, max(created_at)::text as newest from drizzle.__drizzle_migrations`);
    expect(result.rows[0]).toEqual({ n: journal.entries.length, newest: String(journal.entries.at(-1)?.when) });
  });

  it("writes a row and reads it back", async () => {
    const tenant = newTenant();
    await db.insert(tenants).values(tenant);
    expect(await tenantNamed(tenant.id)).toEqual([{ name: "client test" }]);
  });

  it("commits a transaction's writes together", async () => {
    const [a, b] = [newTenant(), newTenant()];
    await db.transaction(async (tx) => {
      await tx.insert(tenants).values(a);
      await tx.update(tenants).set({ name: "renamed in tx" }).where(eq(tenants.id, a.id));
      await tx.insert(tenants).values(b);
    });
    expect(await tenantNamed(a.id)).toEqual([{ name: "renamed in tx" }]);
    expect(await tenantNamed(b.id)).toEqual([{ name: "client test" }]);
  });

  it("rolls back every write of a transaction that throws", async () => {
    const tenant = newTenant();
    await expect(
      db.transaction(async (tx) => {
        await tx.insert(tenants).values(tenant);
        // The write happened (inside the transaction it is visible)…
        expect(await tx.select({ id: tenants.id }).from(tenants).where(eq(tenants.id, tenant.id))).toHaveLength(1);
        throw new Rollback();
      }),
    ).rejects.toBeInstanceOf(Rollback);
    // …and the rollback undid it.
    expect(await tenantNamed(tenant.id)).toEqual([]);
  });
});
