import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "./client";

describe("database", () => {
  it("is migrated and answers queries", async () => {
    const result = await db.execute(sql`select count(*)::int as n from tenants`);
    expect(result.rows[0]).toHaveProperty("n");
  });
});
