import { eq, sql } from "drizzle-orm";
import { strFromU8, unzipSync } from "fflate";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { users } from "@/db/schema/auth";
import { privacyRequests } from "@/db/schema/privacy";
import { drainJobs, modules } from "@/lib/app";
import { enforceRetention } from "@/lib/jobs/retention";
import { privacyIds } from "@/lib/privacy/catalog";
import { purgeDeletion } from "@/lib/privacy/purge";
import { addMember, createTeam, createTenant, createUser, uniqueEmail } from "@/seed/factories";
import { authPost, call, callJson, signIn } from "./client";

/** The sample domain: present in a fresh fork, and removable (then these tests skip its part). */
const hasProjects = modules.some((m: { id: string }) => m.id === "projects");
import { linkFromMailbox, mailOf } from "./mailbox-links";

afterEach(() => {
  delete process.env.PRIVACY_DELETION_GRACE_DAYS;
});

type Listed = { data: { id: string; type: string; status: string; progress: number; downloadUrl?: string }[]; nextCursor: string | null };

/** Every text and JSON column of every table that mentions one of `needles` (the scan the purge must pass). */
async function mentionsAnywhere(needles: string[]): Promise<string[]> {
  const { rows } = await db.execute(
    sql`select table_name, column_name from information_schema.columns where table_schema = current_schema() and data_type in ('text', 'jsonb', 'json', 'character varying')`,
  );
  const found: string[] = [];
  for (const { table_name: table, column_name: column } of rows as { table_name: string; column_name: string }[]) {
    for (const needle of needles) {
      const hit = await db.execute(sql`select 1 from ${sql.identifier(table)} where strpos(lower(${sql.identifier(column)}::text), ${needle.toLowerCase()}) > 0 limit 1`);
      if (hit.rows.length > 0) found.push(`${table}.${column} ∋ ${needle}`);
    }
  }
  return found;
}

describe("privacy: export", () => {
  it("builds a ZIP of the caller's rows (their projects among them), shows progress, and refuses a second export the same day", async () => {
    const { tenant, people } = await createTeam("export");
    const cookie = await signIn(people.owner);
    const project = hasProjects ? await callJson<{ id: string }>("POST", "/projects", { cookie, body: { name: "Exported project" }, headers: { "x-tenant-id": tenant.id } }) : null;
    if (project) expect(project.status).toBe(201);

    const asked = await callJson<{ id: string; type: string; status: string }>("POST", "/privacy/requests", { cookie, body: { type: "export" } });
    expect(asked.status).toBe(202);
    expect(asked.body).toEqual({ id: expect.stringMatching(/^prq_/), type: "export", status: "pending" });
    const again = await callJson<{ error: { code: string } }>("POST", "/privacy/requests", { cookie, body: { type: "export" } });
    expect([again.status, again.body.error.code]).toEqual([409, "export_in_progress"]);

    const before = await callJson<Listed>("GET", "/privacy/requests", { cookie });
    expect(before.body.data[0]).toMatchObject({ id: asked.body.id, status: "pending", progress: 0 });
    expect(before.body.data[0]!.downloadUrl).toBeUndefined();

    await drainJobs();
    const after = await callJson<Listed>("GET", "/privacy/requests", { cookie });
    const done = after.body.data[0]!;
    expect(done).toMatchObject({ id: asked.body.id, status: "completed", progress: 100 });
    expect(done.downloadUrl).toMatch(/\/storage\/privacy\/exports\//);

    const link = new URL(done.downloadUrl!, "http://localhost");
    const download = await call("GET", link.pathname + link.search);
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("application/zip");
    const files = unzipSync(new Uint8Array(await download.arrayBuffer()));
    const read = (name: string) => JSON.parse(strFromU8(files[name]!)) as Record<string, unknown>[];
    expect(read("auth/users.json")).toEqual([expect.objectContaining({ id: people.owner.id, email: people.owner.email })]);
    if (project) expect(read("projects/projects.json")).toEqual([expect.objectContaining({ id: project.body.id, name: "Exported project" })]);
    expect(read("tenants/tenant_members.json")).toEqual([expect.objectContaining({ tenant_id: tenant.id, role: "owner" })]);
    if (project) expect(strFromU8(files["projects/projects.csv"]!)).toContain("Exported project");
    const index = JSON.parse(strFromU8(files["index.json"]!)) as { tables: { table: string; omitted?: string }[] };
    expect(index.tables.find((t) => t.table === "verifications")?.omitted).toMatch(/tokens/);
    // The link is signed: a changed path is refused.
    expect((await call("GET", link.pathname.replace(".zip", "x.zip") + link.search)).status).toBe(403);

    const tomorrowToo = await callJson<{ error: { code: string } }>("POST", "/privacy/requests", { cookie, body: { type: "export" } });
    expect([tomorrowToo.status, tomorrowToo.body.error.code]).toEqual([429, "export_limit"]);
    expect(await linkFromMailbox(people.owner.email, "privacy-export-ready", /https?:\/\/[^\s"]+\/storage\/[^\s"]+/)).toContain("signature=");
  });
});

describe("privacy: a stuck export", () => {
  it("gives up an export still building after an hour, so the person can ask again", async () => {
    const user = await createUser({ email: uniqueEmail("stuck") });
    const cookie = await signIn(user);
    // A request whose job died two hours ago (inserted as it would be left: no job remains to finish it).
    const first = { body: { id: privacyIds.newId("privacyRequest") } };
    await db.insert(privacyRequests).values({ id: first.body.id, type: "export", userId: user.id, status: "running", createdAt: new Date(Date.now() - 2 * 3_600_000) });
    const again = await callJson<{ id: string; status: string }>("POST", "/privacy/requests", { cookie, body: { type: "export" } });
    expect(again.status).toBe(202);
    const listed = await callJson<Listed>("GET", "/privacy/requests", { cookie });
    expect(listed.body.data.find((r) => r.id === first.body.id)?.status).toBe("failed");
    expect(listed.body.data.find((r) => r.id === again.body.id)?.status).toBe("pending");
  });
});

describe("privacy: deletion", () => {
  it("asks for the password, ends sessions, refuses sign-in during grace with a fresh cancel link, and the emailed link cancels it", async () => {
    const user = await createUser({ email: uniqueEmail("grace") });
    await createTenant({ owner: user });
    const cookie = await signIn(user);

    const wrong = await callJson<{ error: { code: string } }>("POST", "/privacy/requests", { cookie, body: { type: "deletion", password: "not-my-password" } });
    expect([wrong.status, wrong.body.error.code]).toEqual([403, "reauthentication_required"]);
    const asked = await callJson<{ id: string; type: string; status: string; scheduledFor: string }>("POST", "/privacy/requests", { cookie, body: { type: "deletion", password: user.password } });
    expect(asked.status).toBe(202);
    expect(asked.body).toMatchObject({ type: "deletion", status: "scheduled" });
    expect(new Date(asked.body.scheduledFor).getTime() - Date.now()).toBeGreaterThan(29 * 86_400_000);

    const tokenIn = (mail: { text: string }) => /cancel-deletion\?token=([\w-]+)/.exec(mail.text)![1]!;
    const [first] = await mailOf(user.email, "privacy-deletion-scheduled");
    const original = tokenIn(first!);

    // Sessions ended at once; the right password now answers 403 deletion_scheduled.
    expect((await call("GET", "/privacy/requests", { cookie })).status).toBe(401);
    const refused = await authPost("/api/auth/sign-in/email", { email: user.email, password: user.password });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("deletion_scheduled");
    expect((await authPost("/api/auth/sign-in/email", { email: user.email, password: user.password })).status).toBe(403);

    // The refused sign-in offers the way back: a fresh cancel link by email, once per 10 minutes
    // however often they try, and the first email's link stops working.
    // (Two mails sent in one drain may share a timestamp: the fresh one is the one that is not the first.)
    const mails = await mailOf(user.email, "privacy-deletion-scheduled");
    expect(mails).toHaveLength(2);
    const token = mails.map(tokenIn).find((candidate) => candidate !== original)!;
    expect(token).toBeDefined();
    expect((await call("POST", "/privacy/deletion/cancel", { body: { token: original } })).status).toBe(404);
    expect((await call("POST", "/privacy/deletion/cancel", { body: { token } })).status).toBe(204);
    expect((await call("POST", "/privacy/deletion/cancel", { body: { token } })).status).toBe(404);
    await expect(signIn(user)).resolves.toContain("session_token");
    // The purge job, due in 30 days, does nothing for a canceled request.
    expect(await purgeDeletion(asked.body.id, new Date(Date.now() + 31 * 86_400_000))).toBe("skipped");
  });

  it("deactivates instead: sessions end, nothing is erased, and signing in again reactivates", async () => {
    const user = await createUser({ email: uniqueEmail("deactivate") });
    const cookie = await signIn(user);
    const wrong = await callJson<{ error: { code: string } }>("POST", "/privacy/requests", { cookie, body: { type: "deactivation" } });
    expect([wrong.status, wrong.body.error.code]).toEqual([403, "reauthentication_required"]);
    const done = await callJson<{ id: string; type: string; status: string }>("POST", "/privacy/requests", { cookie, body: { type: "deactivation", password: user.password } });
    expect(done.status).toBe(202);
    expect(done.body).toMatchObject({ type: "deactivation", status: "completed" });
    expect((await call("GET", "/privacy/requests", { cookie })).status).toBe(401);
    const back = await signIn(user);
    const listed = await callJson<Listed>("GET", "/privacy/requests", { cookie: back });
    expect(listed.body.data.find((r) => r.id === done.body.id)?.status).toBe("canceled");
    expect(await db.select({ id: users.id }).from(users).where(eq(users.id, user.id))).toHaveLength(1);
  });

  it("refuses a sole owner whose tenant has other members, naming the tenant", async () => {
    const { people } = await createTeam("sole-owner");
    const cookie = await signIn(people.owner);
    const refused = await callJson<{ error: { code: string; message: string } }>("POST", "/privacy/requests", { cookie, body: { type: "deletion", password: people.owner.password } });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe("transfer_ownership_first");
    expect(refused.body.error.message).toContain("sole-owner tenant");
  });

  it("purges on the next tick with no grace: nothing references the old id or address, the purge repeats as a no-op, and the address can sign up again", async () => {
    process.env.PRIVACY_DELETION_GRACE_DAYS = "0";
    const user = await createUser({ email: uniqueEmail("purged"), name: "Purge Person" });
    const own = await createTenant({ owner: user, name: "Purged alone" });
    const other = await createTeam("purge-team");
    await addMember({ tenant: other.tenant, user, role: "member" });
    const cookie = await signIn(user);
    if (hasProjects) await callJson("POST", "/projects", { cookie, body: { name: "Mine" }, headers: { "x-tenant-id": own.id } });
    const shared = hasProjects ? await callJson<{ id: string }>("POST", "/projects", { cookie, body: { name: "Team's" }, headers: { "x-tenant-id": other.tenant.id } }) : null;
    await callJson("POST", "/privacy/consents", { cookie, body: { type: "marketing_email", granted: true } });
    await callJson("POST", "/privacy/requests", { cookie, body: { type: "export" } });
    await drainJobs();

    const asked = await callJson<{ id: string }>("POST", "/privacy/requests", { cookie: await signIn(user), body: { type: "deletion", password: user.password } });
    expect(asked.status).toBe(202);
    await drainJobs();

    const [request] = await db.select().from(privacyRequests).where(eq(privacyRequests.id, asked.body.id));
    expect(request).toMatchObject({ status: "purged", userId: expect.stringMatching(/^anon_/) });
    expect(await db.select().from(users).where(eq(users.id, user.id))).toEqual([]);
    expect(await mentionsAnywhere([user.id, user.email])).toEqual([]);
    // The team's project stays, unsigned; the tenant only they belonged to is a nameless tombstone.
    if (shared) {
      const team = await callJson<{ name: string }>("GET", `/projects/${shared.body.id}`, { cookie: await signIn(other.people.owner), headers: { "x-tenant-id": other.tenant.id } });
      expect(team.body.name).toBe("Team's");
    }

    expect(await purgeDeletion(asked.body.id)).toBe("skipped");
    const again = await authPost("/api/auth/sign-up/email", { email: user.email, password: "a-brand-new-password-7", name: "Back again" });
    expect(again.status).toBe(200);
  });
});

describe("privacy: consents", () => {
  it("records sign-up's terms and privacy, keeps history, and answers the latest per type", async () => {
    const email = uniqueEmail("consent");
    const signedUp = await authPost("/api/auth/sign-up/email", { email, password: "a-long-enough-password-42", name: "Consenting" }, { "x-marketing-consent": "granted" });
    expect(signedUp.status).toBe(200);
    const cookie = await signIn({ email, password: "a-long-enough-password-42" });
    const first = await callJson<{ data: { type: string; granted: boolean; version: string }[]; pendingAcceptance: string[] }>("GET", "/privacy/consents", { cookie });
    expect(first.body.data.map((c) => [c.type, c.granted])).toEqual([["terms", true], ["privacy", true], ["marketing_email", true]]);
    expect(first.body.pendingAcceptance).toEqual([]);

    const withdrawn = await callJson<{ type: string; granted: boolean }>("POST", "/privacy/consents", { cookie, body: { type: "marketing_email", granted: false } });
    expect(withdrawn.status).toBe(201);
    expect(withdrawn.body).toMatchObject({ type: "marketing_email", granted: false });
    const bad = await callJson<{ error: { code: string } }>("POST", "/privacy/consents", { cookie, body: { type: "newsletter", granted: true } });
    expect(bad.status).toBe(422);
    const later = await callJson<{ data: { type: string; granted: boolean }[] }>("GET", "/privacy/consents", { cookie });
    expect(later.body.data.find((c) => c.type === "marketing_email")?.granted).toBe(false);

    process.env.TERMS_VERSION = "2099-01-01";
    try {
      const bumped = await callJson<{ pendingAcceptance: string[] }>("GET", "/privacy/consents", { cookie });
      expect(bumped.body.pendingAcceptance).toEqual(["terms"]);
    } finally {
      delete process.env.TERMS_VERSION;
    }
  });
});

describe("retention", () => {
  it("deletes only what is due", async () => {
    const { tenant, people } = await createTeam("retention");
    const { auditLogs } = await import("@/db/schema/audit");
    const { recordAudit } = await import("@/lib/audit");
    await recordAudit(db, { action: "test.old", tenantId: tenant.id, actorId: people.owner.id });
    await recordAudit(db, { action: "test.new", tenantId: tenant.id, actorId: people.owner.id });
    const rows = await db.select().from(auditLogs).where(eq(auditLogs.tenantId, tenant.id));
    const old = rows.find((r) => r.action === "test.old")!;
    await db.update(auditLogs).set({ createdAt: new Date(Date.now() - 401 * 86_400_000) }).where(eq(auditLogs.id, old.id));
    const deleted = await enforceRetention();
    expect(deleted.audit_log).toBeGreaterThanOrEqual(1);
    const left = await db.select({ action: auditLogs.action }).from(auditLogs).where(eq(auditLogs.tenantId, tenant.id));
    expect(left.map((r) => r.action)).not.toContain("test.old");
    expect(left.map((r) => r.action)).toContain("test.new");
  });
});
