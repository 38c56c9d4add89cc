import { afterAll, describe, expect, it, vi } from "vitest";

// Before any import reads the environment: the mode a deployment with real email runs in.
const saved = vi.hoisted(() => {
  const before = Object.fromEntries(["AUTH_EMAIL_VERIFICATION"].map((name) => [name, process.env[name]]));
  process.env.AUTH_EMAIL_VERIFICATION = "required";
  return before;
});

// Test files can share a worker process: give the next file the environment it started with.
afterAll(() => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

const { auth, drainJobs } = await import("@/lib/app");
const { listMailbox } = await import("@/lib/email");
const { createInvitation, createTeam, uniqueEmail } = await import("@/seed/factories");
const { authPost, callJson, cookieHeader } = await import("./client");

const origin = "http://localhost:3000";

const post = (path: string, body: unknown) => authPost(path, body);

async function verificationLink(email: string): Promise<string> {
  await drainJobs();
  const [message] = await listMailbox({ to: email });
  expect(message?.template).toBe("verify-email");
  const url = /https?:\/\/[^\s"<]+verify-email[^\s"<]*/.exec(message!.text)?.[0];
  expect(url).toBeTruthy();
  return url!.replace(/&amp;/g, "&");
}

type Me = { tenants: { id: string; role: string }[]; activeTenantId: string | null };

describe("with email verification required", () => {
  it("gives no session until the address is verified, then provisions the tenant", async () => {
    const email = uniqueEmail("verify");
    const signUp = await post("/api/auth/sign-up/email", { email, password: "violet-ferry-42-anchor", name: "Vera" });
    expect(signUp.status).toBe(200);
    expect(cookieHeader(signUp)).not.toContain("session_token");
    const signIn = await post("/api/auth/sign-in/email", { email, password: "violet-ferry-42-anchor" });
    expect(signIn.status).toBe(403);

    const link = await verificationLink(email);
    const verified = await auth.handler(new Request(link.replace(/^https?:\/\/[^/]+/, origin)));
    expect([200, 302]).toContain(verified.status);
    const cookie = cookieHeader(verified);
    expect(cookie).toContain("session_token");
    const me = await callJson<Me>("GET", "/me", { cookie });
    expect(me.body.tenants).toHaveLength(1);
    expect(me.body.tenants[0]!.role).toBe("owner");
  });

  it("joins the inviting tenant once the invited address is verified", async () => {
    const { tenant, people } = await createTeam("verify-invite", { plan: "pro", state: "active" });
    const email = uniqueEmail("verify-invited");
    await createInvitation({ tenant, email, role: "member", inviter: people.owner });
    await post("/api/auth/sign-up/email", { email, password: "violet-ferry-42-anchor", name: "Ivy" });
    const link = await verificationLink(email);
    const cookie = cookieHeader(await auth.handler(new Request(link.replace(/^https?:\/\/[^/]+/, origin))));
    const me = await callJson<Me>("GET", "/me", { cookie });
    expect(me.body.tenants.map((t) => [t.id, t.role])).toEqual([[tenant.id, "member"]]);
  });
});
