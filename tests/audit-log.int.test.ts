import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditLogs } from "@/db/schema/audit";
import { newId } from "@/lib/ids";
import { createTeam } from "@/seed/factories";
import { callJson, signIn } from "./client";

type Page = { data: { id: string; action: string; actorId: string | null; actorName: string | null }[]; nextCursor: string | null };

let team: Awaited<ReturnType<typeof createTeam>>;
let owner: string;
const ids: Record<string, string> = {};

/** An entry of this team's log at a known time, written straight to the table. */
async function entry(key: string, action: string, actorId: string | null, at: string) {
  ids[key] = newId("audit");
  await db.insert(auditLogs).values({ id: ids[key]!, tenantId: team.tenant.id, actorId, action, createdAt: new Date(at) });
}

async function audit(query = "") {
  return callJson<Page>("GET", `/security/audit${query}`, { cookie: owner, headers: { "x-tenant-id": team.tenant.id } });
}

/** The listed ids among the fixed entries (sign-in and tenant creation add their own). */
async function fixedIds(query: string): Promise<string[]> {
  const res = await audit(query);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  const known = new Set(Object.values(ids));
  return res.body.data.filter((e) => known.has(e.id)).map((e) => e.id);
}

beforeAll(async () => {
  team = await createTeam("audit-log", { plan: "pro", state: "active" });
  owner = await signIn(team.people.owner);
  await entry("oldRole", "member.role_changed", team.people.owner.id, "2026-01-10T12:00:00Z");
  await entry("adminInvite", "invitation.created", team.people.admin.id, "2026-02-01T08:00:00Z");
  await entry("lastDayRole", "member.role_changed", team.people.admin.id, "2026-02-28T23:30:00Z");
  await entry("system", "tenant.updated", null, "2026-03-05T00:00:00Z");
});

describe("audit log filters", () => {
  it.each([
    ["no filter (old callers)", "?limit=100", ["system", "lastDayRole", "adminInvite", "oldRole"]],
    ["action", "?limit=100&action=member.role_changed", ["lastDayRole", "oldRole"]],
    ["actor by id", `?limit=100&actor=ADMIN_ID`, ["lastDayRole", "adminInvite"]],
    ["actor by email, any case", "?limit=100&actor=ADMIN_EMAIL_UPPER", ["lastDayRole", "adminInvite"]],
    ["action and actor", "?limit=100&action=member.role_changed&actor=ADMIN_ID", ["lastDayRole"]],
    ["from a day", "?limit=100&from=2026-02-01", ["system", "lastDayRole", "adminInvite"]],
    ["to a day, inclusive of all of it", "?limit=100&from=2026-02-01&to=2026-02-28", ["lastDayRole", "adminInvite"]],
    ["an instant range", "?limit=100&from=2026-01-01T00:00:00Z&to=2026-02-01T08:00:00Z", ["oldRole"]],
  ])("filters by %s", async (_label, query, expected) => {
    const resolved = query.replace("ADMIN_ID", team.people.admin.id).replace("ADMIN_EMAIL_UPPER", encodeURIComponent(team.people.admin.email.toUpperCase()));
    expect(await fixedIds(resolved)).toEqual(expected.map((key) => ids[key]));
  });

  it("pages through filtered entries with the cursor", async () => {
    const first = await audit("?limit=1&action=member.role_changed");
    expect(first.body.data.map((e) => e.id)).toEqual([ids.lastDayRole]);
    const second = await audit(`?limit=1&action=member.role_changed&cursor=${first.body.nextCursor}`);
    expect(second.body.data.map((e) => e.id)).toEqual([ids.oldRole]);
    expect(second.body.nextCursor).toBeNull();
  });

  it("names the actor, and null for the system", async () => {
    const { body } = await audit("?limit=100&from=2026-02-28");
    expect(body.data.find((e) => e.id === ids.lastDayRole)?.actorName).toBe(team.people.admin.name);
    expect(body.data.find((e) => e.id === ids.system)?.actorName).toBeNull();
  });

  it.each([["?from=yesterday"], ["?to=2026-13-45"], ["?from=-005000-01-01T00:00:00Z"], ["?from=2026-03-01&to=2026-02-01"], [`?action=${"a".repeat(101)}`]])("refuses %s with 422", async (query) => {
    expect((await audit(query)).status).toBe(422);
  });
});
