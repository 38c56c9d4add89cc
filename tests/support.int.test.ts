import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { sessions } from "@/db/schema/auth";
import { supportTickets } from "@/db/schema/support";
import { drainJobs } from "@/lib/app";
import { listMailbox } from "@/lib/email";
import { maxScreenshotBytes } from "@/lib/support";
import { addMember, createTeam, createUser, uniqueEmail } from "@/seed/factories";
import { call, callJson, signIn, type CallOptions } from "./client";
import { signInWithTotp } from "./second-factor";

type Created = { id: string; status: string };
type Page = { data: { id: string; subject: string; status: string }[]; nextCursor: string | null };
type Ticket = { id: string; status: string; userAgent: string | null; tenantId: string | null; requestId: string | null; url: string | null; hasScreenshot: boolean; messages: { authorRole: string; body: string }[] };

const browser = "Mozilla/5.0 (X11; Linux x86_64) SupportTest/1.0";
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);
const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 2)]);
const webp = Buffer.concat([Buffer.from("RIFF"), Buffer.from([0, 0, 0, 0]), Buffer.from("WEBPVP8 "), Buffer.alloc(64, 3)]);

let team: Awaited<ReturnType<typeof createTeam>>;
let reporter: string;
let stranger: string;
let admin: { id: string; cookie: string };

beforeAll(async () => {
  team = await createTeam("support");
  reporter = await signIn(team.people.member);
  stranger = await signIn(await createUser({ email: uniqueEmail("support-stranger") }));
  const adminUser = await createUser({ platformAdmin: true });
  admin = { id: adminUser.id, cookie: await signInWithTotp(adminUser) };
});

async function report(body: Record<string, unknown> = {}, cookie = reporter): Promise<Created> {
  const res = await callJson<Created>("POST", "/support/tickets", { cookie, body: { subject: "Export fails", body: "Nothing downloads.", ...body }, headers: { "user-agent": browser } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

/** Uploads raw bytes as a screenshot, the way the portal's form does. */
function upload(ticketId: string, bytes: Uint8Array, options: CallOptions & { type?: string } = {}) {
  const req = new Request(`http://localhost:3000/support/tickets/${ticketId}/screenshot`, {
    method: "POST",
    headers: { cookie: options.cookie ?? reporter, origin: "http://localhost:3000", "content-type": options.type ?? "image/png" },
    body: new Uint8Array(bytes),
  });
  return import("@/app/(api)/support/tickets/[ticketId]/screenshot/route").then((route) => route.POST(req, { params: Promise.resolve({ ticketId }) }));
}

describe("reporting a problem", () => {
  it("answers 201 {id, status: open} and records the browser and tenant from the request, not the body", async () => {
    const created = await report({ requestId: "req_abc", url: "http://localhost:3000/dashboard/projects", userAgent: "forged", userId: admin.id });
    expect(Object.keys(created).sort()).toEqual(["id", "status"]);
    expect(created).toMatchObject({ id: expect.stringMatching(/^tkt_/), status: "open" });
    const { body } = await callJson<Ticket>("GET", `/support/tickets/${created.id}`, { cookie: reporter });
    expect(body).toMatchObject({ requestId: "req_abc", url: "http://localhost:3000/dashboard/projects", userAgent: browser, hasScreenshot: false });
    const [row] = await db.select().from(supportTickets).where(eq(supportTickets.id, created.id));
    expect(row?.userId).toBe(team.people.member.id);
    expect(row?.tenantId).toBe(team.tenant.id);
  });

  it("records the tenant named in X-Tenant-Id when the user belongs to it, and ignores a foreign one", async () => {
    const other = await createTeam("support-other");
    const own = await createTeam("support-second");
    const user = team.people.member;
    await addMember({ tenant: own.tenant, user, role: "member" });
    const tenantOf = async (headers: Record<string, string>) => {
      const res = await callJson<Created>("POST", "/support/tickets", { cookie: reporter, body: { subject: "x", body: "y" }, headers });
      const [row] = await db.select({ tenantId: supportTickets.tenantId }).from(supportTickets).where(eq(supportTickets.id, res.body.id));
      return row?.tenantId;
    };
    expect(await tenantOf({ "x-tenant-id": own.tenant.id })).toBe(own.tenant.id);
    expect(await tenantOf({ "x-tenant-id": other.tenant.id })).toBe(team.tenant.id);
    // A session that never chose a tenant (a fresh sign-up's) reports from the oldest, as the portal shows.
    await db.update(sessions).set({ activeTenantId: null }).where(eq(sessions.userId, user.id));
    expect(await tenantOf({})).toBe(team.tenant.id);
  });

  it("records no tenant for a user who has none", async () => {
    const { id } = await report({}, stranger);
    const [row] = await db.select({ tenantId: supportTickets.tenantId }).from(supportTickets).where(eq(supportTickets.id, id));
    expect(row?.tenantId).toBeNull();
  });

  it.each([
    ["no subject", { body: "x" }, "subject"],
    ["empty body", { subject: "x", body: "  " }, "body"],
    ["huge subject", { subject: "s".repeat(201), body: "x" }, "subject"],
    ["request id not a string", { subject: "x", body: "x", requestId: 12 }, "requestId"],
  ])("refuses %s with 422 naming the field", async (_label, body, field) => {
    const res = await callJson<{ error: { code: string; fields: Record<string, string> } }>("POST", "/support/tickets", { cookie: reporter, body });
    expect(res.status).toBe(422);
    expect(Object.keys(res.body.error.fields)).toContain(field);
  });

  it("lists only the caller's tickets, newest first, page by page", async () => {
    const reporterB = await signIn(await createUser({ email: uniqueEmail("support-lister") }));
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push((await report({ subject: `Problem ${i}` }, reporterB)).id);
    await report({ subject: "Someone else's" });
    const first = await callJson<Page>("GET", "/support/tickets?limit=2", { cookie: reporterB });
    expect(first.body.data.map((t) => t.id)).toEqual([ids[2], ids[1]]);
    expect(first.body.nextCursor).toBe(ids[1]);
    const second = await callJson<Page>("GET", `/support/tickets?limit=2&cursor=${first.body.nextCursor}`, { cookie: reporterB });
    expect(second.body).toEqual({ data: [expect.objectContaining({ id: ids[0], status: "open" })], nextCursor: null });
  });
});

describe("ownership", () => {
  it("answers 404 for another user's ticket on every user route, as for an unknown id", async () => {
    const { id } = await report();
    const attempts: [string, string, CallOptions][] = [
      ["GET", `/support/tickets/${id}`, {}],
      ["POST", `/support/tickets/${id}/messages`, { body: { body: "me too" } }],
      ["GET", `/support/tickets/${id}/screenshot`, {}],
    ];
    for (const [method, path, options] of attempts) {
      const res = await call(method as "GET", path, { ...options, cookie: stranger });
      expect(res.status, `${method} ${path}`).toBe(404);
      // A platform admin is no exception on the user's routes: they have the inbox.
      expect((await call(method as "GET", path, { ...options, cookie: admin.cookie })).status).toBe(404);
    }
    expect((await upload(id, png, { cookie: stranger })).status).toBe(404);
    expect((await callJson("GET", "/support/tickets/tkt_00000000000000000000000000", { cookie: reporter })).status).toBe(404);
  });

  it("answers 401 to anyone signed out", async () => {
    const { id } = await report();
    for (const [method, path] of [["GET", "/support/tickets"], ["POST", "/support/tickets"], ["GET", `/support/tickets/${id}`]] as const) {
      expect((await call(method, path, method === "POST" ? { body: { subject: "x", body: "y" } } : {})).status).toBe(401);
    }
  });
});

describe("screenshots", () => {
  it.each([
    ["PNG", png, "image/png"],
    ["JPEG", jpeg, "image/jpeg"],
    ["WebP", webp, "image/webp"],
  ])("stores a %s typed by its bytes, whatever Content-Type said, and serves it back", async (_label, bytes, type) => {
    const { id } = await report();
    const res = await upload(id, bytes, { type: "application/octet-stream" });
    expect(res.status, await res.clone().text()).toBe(201);
    expect(await res.json()).toEqual({ contentType: type, size: bytes.length });
    const back = await call("GET", `/support/tickets/${id}/screenshot`, { cookie: reporter });
    expect(back.headers.get("content-type")).toBe(type);
    expect(back.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Buffer.from(await back.arrayBuffer()).equals(bytes)).toBe(true);
    expect((await callJson<Ticket>("GET", `/support/tickets/${id}`, { cookie: reporter })).body.hasScreenshot).toBe(true);
  });

  it("refuses a file that is not PNG, JPEG or WebP with 415, even labelled image/png", async () => {
    const { id } = await report();
    for (const bytes of [Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"), Buffer.from("GIF89a......"), Buffer.alloc(0)]) {
      const res = await upload(id, bytes, { type: "image/png" });
      expect(res.status).toBe(415);
      expect((await res.json()).error.code).toBe("screenshot_type_not_allowed");
    }
  });

  it("takes exactly 2 MB and refuses one byte more with 413 in the envelope", async () => {
    const { id } = await report();
    const over = Buffer.concat([png, Buffer.alloc(maxScreenshotBytes + 1 - png.length)]);
    const res = await upload(id, over);
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ error: { code: "screenshot_too_large", requestId: expect.any(String) } });
    const exact = await upload(id, Buffer.concat([png, Buffer.alloc(maxScreenshotBytes - png.length)]));
    expect(exact.status).toBe(201);
  });

  it("keeps one screenshot per ticket (409 for a second)", async () => {
    const { id } = await report();
    expect((await upload(id, png)).status).toBe(201);
    const again = await upload(id, jpeg);
    expect(again.status).toBe(409);
  });
});

describe("the admin inbox", () => {
  it("answers 404 to a signed-in non-admin and 401 to anyone signed out on every /platform/support route", async () => {
    const { id } = await report();
    const routes: [string, string, unknown][] = [
      ["GET", "/platform/support/tickets", undefined],
      ["GET", `/platform/support/tickets/${id}`, undefined],
      ["PATCH", `/platform/support/tickets/${id}`, { status: "solved" }],
      ["POST", `/platform/support/tickets/${id}/replies`, { body: "hello" }],
      ["GET", `/platform/support/tickets/${id}/screenshot`, undefined],
    ];
    for (const [method, path, body] of routes) {
      expect((await call(method as "GET", path, { cookie: reporter, body })).status, `${method} ${path} as a user`).toBe(404);
      expect((await call(method as "GET", path, { body })).status, `${method} ${path} signed out`).toBe(401);
    }
    const [row] = await db.select({ status: supportTickets.status }).from(supportTickets).where(eq(supportTickets.id, id));
    expect(row?.status).toBe("open");
  });

  it("replies: the user gets an email and sees the reply, and the ticket waits on them until they answer", async () => {
    const { id } = await report({ subject: "Invoices are blank" });
    const reply = await callJson("POST", `/platform/support/tickets/${id}/replies`, { cookie: admin.cookie, body: { body: "Fixed now: please try again." } });
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    await drainJobs();
    const mail = (await listMailbox({ to: team.people.member.email })).find((m) => m.template === "support-reply");
    expect(mail?.subject).toBe("Re: Invoices are blank (Keel support)");
    expect(mail?.text).toContain("Fixed now: please try again.");
    expect(mail?.text).toContain(`/dashboard/support/${id}`);

    let ticket = (await callJson<Ticket>("GET", `/support/tickets/${id}`, { cookie: reporter })).body;
    expect(ticket.status).toBe("pending");
    expect(ticket.messages).toEqual([expect.objectContaining({ authorRole: "staff", body: "Fixed now: please try again." })]);

    expect((await callJson("POST", `/support/tickets/${id}/messages`, { cookie: reporter, body: { body: "Works, thanks." } })).status).toBe(201);
    ticket = (await callJson<Ticket>("GET", `/support/tickets/${id}`, { cookie: reporter })).body;
    expect(ticket.status).toBe("open");
    expect(ticket.messages.map((m) => m.authorRole)).toEqual(["staff", "user"]);
  });

  it("changes status and assignee, filters by both, and assigns only to platform admins", async () => {
    const { id } = await report({ subject: "Filter me" });
    const patched = await callJson("PATCH", `/platform/support/tickets/${id}`, { cookie: admin.cookie, body: { status: "solved", assigneeId: admin.id } });
    expect(patched.body).toEqual({ id, status: "solved", assigneeId: admin.id });

    const list = async (query: string) => (await callJson<Page>("GET", `/platform/support/tickets?limit=100&${query}`, { cookie: admin.cookie })).body.data.map((t) => t.id);
    expect(await list(`status=solved&assignee=${admin.id}`)).toEqual([id]);
    expect(await list("status=open")).not.toContain(id);
    expect(await list("assignee=none")).not.toContain(id);

    const notAdmin = await callJson<{ error: { code: string } }>("PATCH", `/platform/support/tickets/${id}`, { cookie: admin.cookie, body: { assigneeId: team.people.member.id } });
    expect(notAdmin.status).toBe(422);
    expect(notAdmin.body.error.code).toBe("assignee_not_admin");
    expect((await callJson("PATCH", `/platform/support/tickets/${id}`, { cookie: admin.cookie, body: { status: "closed" } })).status).toBe(422);
    expect((await callJson("PATCH", `/platform/support/tickets/${id}`, { cookie: admin.cookie, body: { assigneeId: null } })).body).toMatchObject({ assigneeId: null });
    expect((await callJson("GET", "/platform/support/tickets?status=closed", { cookie: admin.cookie })).status).toBe(422);
    expect((await callJson("PATCH", "/platform/support/tickets/tkt_00000000000000000000000000", { cookie: admin.cookie, body: { status: "open" } })).status).toBe(404);
  });
});
