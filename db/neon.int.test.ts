import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { newId } from "@/lib/ids";
import { currentDriver, db } from "./client";
import { tenants } from "./schema/tenants";

// Runs on the Neon pass of `npm test` (a `*.neon.tech` DATABASE_URL reached through the proxy that
// tests/global-setup.ts starts for NEON_WS_PROXY); the other passes skip it.
const onNeon = (() => {
  const url = process.env.DATABASE_URL ?? "";
  return url.startsWith("postgres") && new URL(url).hostname.endsWith(".neon.tech");
})();

class Rollback extends Error {}

function newTenant(name = "neon test") {
  const id = newId("tenant");
  return { id, name, slug: `neon-${id.slice(4)}` };
}

const nameOf = async (id: string) => (await db.select({ name: tenants.name }).from(tenants).where(eq(tenants.id, id)))[0]?.name;

describe.skipIf(!onNeon)("the Neon driver, through NEON_WS_PROXY", () => {
  it("is the driver in use, connected to the local Postgres as Neon's client", async () => {
    expect(currentDriver()).toBe("neon");
    // The host in DATABASE_URL (*.neon.tech) is not reachable offline: an answer came through the proxy.
    const result = await db.execute(sql`select application_name, inet_server_addr()::text as server from pg_stat_activity where pid = pg_backend_pid()`);
    const [row] = result.rows as { application_name: string; server: string | null }[];
    expect(row?.application_name).toContain("neondatabase/serverless");
    expect(row?.server).toMatch(/^127\.0\.0\.1\b/);
  });

  it("runs an interactive transaction: a read decides the next write, and a throw rolls both back", async () => {
    const tenant = newTenant();
    await expect(
      db.transaction(async (tx) => {
        await tx.insert(tenants).values(tenant);
        const [seen] = await tx.select({ name: tenants.name }).from(tenants).where(eq(tenants.id, tenant.id));
        await tx.update(tenants).set({ name: `${seen?.name} (renamed)` }).where(eq(tenants.id, tenant.id));
        expect(await tx.select({ name: tenants.name }).from(tenants).where(eq(tenants.id, tenant.id))).toEqual([{ name: "neon test (renamed)" }]);
        throw new Rollback();
      }),
    ).rejects.toBeInstanceOf(Rollback);
    expect(await nameOf(tenant.id)).toBeUndefined();
  });

  it("holds concurrent transactions on separate connections, serialized by row locks", async () => {
    const counter = newTenant("0");
    await db.insert(tenants).values(counter);
    let letEveryoneIn = () => {};
    const everyoneIn = new Promise<void>((resolve) => (letEveryoneIn = resolve));
    const pids = new Set<number>();
    const increments = 4;
    await Promise.all(
      Array.from({ length: increments }, () =>
        db.transaction(async (tx) => {
          const pid = await tx.execute(sql`select pg_backend_pid() as pid`);
          pids.add(Number((pid.rows[0] as { pid: number }).pid));
          if (pids.size === increments) letEveryoneIn();
          // Every transaction is open at once before any takes the lock: one connection each.
          await everyoneIn;
          const [row] = await tx.select({ name: tenants.name }).from(tenants).where(eq(tenants.id, counter.id)).for("update");
          await tx.update(tenants).set({ name: String(Number(row?.name) + 1) }).where(eq(tenants.id, counter.id));
        }),
      ),
    );
    expect(pids.size).toBe(increments);
    expect(await nameOf(counter.id)).toBe(String(increments));
  });
});
