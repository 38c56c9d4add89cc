import { describe, expect, it } from "vitest";
import { auth } from "@/lib/app";
import { listMailbox } from "@/lib/email";
import { drainJobs } from "@/lib/app";
import { createTeam } from "@/seed/factories";
import { authPost, call, callJson, cookieHeader, signIn } from "./client";

const origin = "http://localhost:3000";

const post = (path: string, body: unknown) => authPost(path, body);

/** The first link in the newest message of `template` to `to`, rebased on the test origin. */
async function linkFromMailbox(to: string, template: string, pattern: RegExp): Promise<string> {
  await drainJobs();
  const message = (await listMailbox({ to })).find((m) => m.template === template);
  expect(message, `a ${template} message to ${to}`).toBeDefined();
  const url = pattern.exec(message!.text)?.[0];
  expect(url).toBeTruthy();
  return url!.replace(/&amp;/g, "&").replace(/^https?:\/\/[^/]+/, origin);
}

describe("email links", () => {
  it("signs in with a magic link", async () => {
    const { people } = await createTeam("magic");
    const res = await post("/api/auth/sign-in/magic-link", { email: people.member.email, callbackURL: "/dashboard" });
    expect(res.status).toBe(200);
    const link = await linkFromMailbox(people.member.email, "magic-link", /https?:\/\/\S+magic-link\/verify\S*/);
    const verified = await auth.handler(new Request(link));
    const cookie = cookieHeader(verified);
    expect(cookie).toContain("session_token");
    const me = await callJson<{ user: { email: string } }>("GET", "/me", { cookie });
    expect(me.body.user.email).toBe(people.member.email);
  });

  it("signs up a new address with a magic link and gives it a personal tenant", async () => {
    const email = `magic-new-${Date.now()}@test.keel.local`;
    await post("/api/auth/sign-in/magic-link", { email, callbackURL: "/dashboard" });
    const link = await linkFromMailbox(email, "magic-link", /https?:\/\/\S+magic-link\/verify\S*/);
    const cookie = cookieHeader(await auth.handler(new Request(link)));
    const me = await callJson<{ tenants: { name: string; role: string }[] }>("GET", "/me", { cookie });
    expect(me.body.tenants).toEqual([expect.objectContaining({ role: "owner", name: expect.stringMatching(/^magic-new-\d+'s workspace$/) })]);
    await drainJobs();
    expect((await listMailbox({ to: email })).map((m) => m.template)).toContain("welcome");
  });

  it("resets a password: the old one stops working and other sessions end", async () => {
    const { people } = await createTeam("reset");
    const before = await signIn(people.viewer);
    const res = await post("/api/auth/request-password-reset", { email: people.viewer.email, redirectTo: "/reset-password" });
    expect(res.status).toBe(200);
    const link = await linkFromMailbox(people.viewer.email, "reset-password", /https?:\/\/\S+reset-password\/\S+/);
    // The emailed link redirects to the app's page with ?token=…; the token is the path segment.
    const token = new URL(link).pathname.split("/").pop()!;
    const reset = await post("/api/auth/reset-password", { token, newPassword: "new-violet-ferry-42" });
    expect(reset.status).toBe(200);

    expect((await call("GET", "/me", { cookie: before })).status).toBe(401);
    await expect(signIn(people.viewer)).rejects.toThrow(/sign-in failed/);
    const after = await signIn({ email: people.viewer.email, password: "new-violet-ferry-42" });
    expect((await call("GET", "/me", { cookie: after })).status).toBe(200);
  });

  it("answers 200 to a reset request for an unknown address, and sends nothing", async () => {
    const email = "nobody-here@test.keel.local";
    const res = await post("/api/auth/request-password-reset", { email, redirectTo: "/reset-password" });
    expect(res.status).toBe(200);
    await drainJobs();
    expect(await listMailbox({ to: email })).toEqual([]);
  });
});
