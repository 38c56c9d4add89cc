import { spawn } from "node:child_process";
import { and, eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { databaseTarget, db } from "@/db/client";
import { auditLogs } from "@/db/schema/audit";
import { featureFlags } from "@/db/schema/flags";
import { writeTenantPlan } from "@/lib/plans";
import { compileFlag, evaluateFlag } from "@/lib/flags/evaluate";
import { flag, resetFlagSnapshot } from "@/lib/flags/snapshot";
import { createTeam, createUser } from "@/seed/factories";
import { call, callJson, signIn } from "./client";
import { signInWithTotp } from "./second-factor";

let admin: string;
beforeAll(async () => {
  admin = await signInWithTotp(await createUser({ platformAdmin: true }));
});
beforeEach(() => resetFlagSnapshot());

const unique = (name: string) => `${name}-${Math.random().toString(36).slice(2, 8)}`;
const create = (body: Record<string, unknown>) => callJson<Record<string, unknown> & { error?: { code: string } }>("POST", "/platform/flags", { cookie: admin, body });

describe("evaluation", () => {
  it("rolls 30% out to 30% ± 2% of 10,000 users, the same users every time", () => {
    const compiled = compileFlag({ key: "rollout-test", type: "boolean", defaultValue: false, rules: [{ match: {}, percentage: 30, value: true }] }, "production");
    const ids = Array.from({ length: 10_000 }, (_, i) => `usr_${i.toString(36)}_${(i * 7919).toString(36)}`);
    const first = ids.map((userId) => evaluateFlag(compiled, { userId }).value);
    const share = first.filter(Boolean).length / ids.length;
    expect(share).toBeGreaterThanOrEqual(0.28);
    expect(share).toBeLessThanOrEqual(0.32);
    // Sticky: a recompiled flag (another process, a reload) puts everyone in the same place.
    const again = compileFlag({ key: "rollout-test", type: "boolean", defaultValue: false, rules: [{ match: {}, percentage: 30, value: true }] }, "production");
    expect(ids.map((userId) => evaluateFlag(again, { userId }).value)).toEqual(first);
    // Another flag at 30% takes a different 30%: buckets hash the flag's key too.
    const other = compileFlag({ key: "rollout-other", type: "boolean", defaultValue: false, rules: [{ match: {}, percentage: 30, value: true }] }, "production");
    const overlap = ids.filter((userId, i) => first[i] && evaluateFlag(other, { userId }).value).length / ids.length;
    expect(overlap).toBeGreaterThan(0.06);
    expect(overlap).toBeLessThan(0.12);
  });

  it("tries rules in order, the first match serving its value; none: the default (ruleIndex -1)", () => {
    const compiled = compileFlag(
      {
        key: "order-test",
        type: "string",
        defaultValue: "default",
        rules: [
          { match: { userIds: ["usr_vip"] }, value: "vip" },
          { match: { plans: ["pro"], billingStates: ["active"] }, value: "pro-active" },
          { match: { emailDomains: ["Example.com"] }, value: "example" },
          { match: { platformRoles: ["admin"] }, value: "admin" },
          { match: { tenantIds: ["org_a"] }, percentage: 0, value: "never" },
        ],
      },
      "production",
    );
    expect(evaluateFlag(compiled, { userId: "usr_vip", plan: "pro", billingState: "active" })).toEqual({ value: "vip", ruleIndex: 0 });
    expect(evaluateFlag(compiled, { userId: "usr_1", plan: "pro", billingState: "active", email: "a@example.com" })).toEqual({ value: "pro-active", ruleIndex: 1 });
    expect(evaluateFlag(compiled, { userId: "usr_1", plan: "pro", billingState: "past_due", email: "a@EXAMPLE.com" })).toEqual({ value: "example", ruleIndex: 2 });
    expect(evaluateFlag(compiled, { userId: "usr_1", platformRole: "admin" })).toEqual({ value: "admin", ruleIndex: 3 });
    expect(evaluateFlag(compiled, { userId: "usr_1", tenantId: "org_a" })).toEqual({ value: "default", ruleIndex: -1 });
    // A percentage needs someone to bucket: anonymous callers never land in a rollout.
    const rollout = compileFlag({ key: "anon", type: "boolean", defaultValue: false, rules: [{ match: {}, percentage: 100, value: true }] }, "production");
    expect(evaluateFlag(rollout, {}).value).toBe(false);
  });

  it("uses the environment's override (development in tests, production with NODE_ENV=production)", () => {
    const definition = { key: "env-test", type: "number" as const, defaultValue: 500, rules: [], environments: { development: { defaultValue: 50 } } };
    expect(evaluateFlag(compileFlag(definition, "development"), {}).value).toBe(50);
    expect(evaluateFlag(compileFlag(definition, "production"), {}).value).toBe(500);
  });
});

describe("the flag API", () => {
  it("creates, evaluates for the caller in GET /me/flags (every flag present), changes and archives, all audited", async () => {
    const key = unique("pro-only");
    const created = await create({ key, type: "boolean", defaultValue: false, rules: [{ match: { plans: ["pro"] }, value: true }] });
    expect(created.status).toBe(201);
    const team = await createTeam("flags");
    const cookie = await signIn(team.people.owner);
    const mine = () => callJson<{ flags: Record<string, unknown> }>("GET", "/me/flags", { cookie }).then((r) => r.body.flags);
    expect((await mine())[key]).toBe(false);
    await writeTenantPlan(db, team.tenant.id, { plan: "pro", state: "active" });
    resetFlagSnapshot();
    expect((await mine())[key]).toBe(true);

    const preview = await callJson("GET", `/platform/flags/${key}/evaluate?tenantId=${team.tenant.id}`, { cookie: admin });
    expect(preview.body).toEqual({ value: true, ruleIndex: 0 });
    const anonymous = await callJson("GET", `/platform/flags/${key}/evaluate`, { cookie: admin });
    expect(anonymous.body).toEqual({ value: false, ruleIndex: -1 });

    const changed = await callJson<{ version: number }>("PATCH", `/platform/flags/${key}`, { cookie: admin, body: { defaultValue: true, rules: [] } });
    expect(changed.status).toBe(200);
    expect(changed.body.version).toBe(2);
    const archived = await callJson<{ archived: boolean }>("PATCH", `/platform/flags/${key}`, { cookie: admin, body: { archived: true } });
    expect(archived.body.archived).toBe(true);
    resetFlagSnapshot();
    expect(key in (await mine())).toBe(false);
    expect(await flag({}, key, "fallback")).toBe("fallback");

    const audit = await db.select().from(auditLogs).where(and(eq(auditLogs.targetType, "feature_flag"), eq(auditLogs.targetId, key)));
    expect(audit.map((a) => a.action).sort()).toEqual(["flags.flag_archived", "flags.flag_created", "flags.flag_updated"]);
    const update = audit.find((a) => a.action === "flags.flag_updated")!;
    expect(update.data).toMatchObject({ before: { defaultValue: false }, after: { defaultValue: true } });
  });

  it("refuses values of the wrong type (422), a taken key (409), an unknown key (404), and everyone but platform admins (404)", async () => {
    const key = unique("typed");
    expect((await create({ key, type: "boolean", defaultValue: "yes" })).status).toBe(422);
    expect((await create({ key, type: "number", defaultValue: 1, rules: [{ match: {}, value: "two" }] })).status).toBe(422);
    expect((await create({ key: "Bad Key", type: "boolean", defaultValue: false })).status).toBe(422);
    expect((await create({ key, type: "boolean", defaultValue: false, rules: [{ match: { colour: ["red"] }, value: true }] })).status).toBe(422);
    expect((await create({ key, type: "json", defaultValue: { limits: [1, 2] } })).status).toBe(201);
    const again = await create({ key, type: "boolean", defaultValue: false });
    expect(again.status).toBe(409);
    expect(again.body.error?.code).toBe("flag_exists");
    expect((await callJson("PATCH", `/platform/flags/${key}`, { cookie: admin, body: { defaultValue: 5 } })).status).toBe(200);
    expect((await callJson("PATCH", `/platform/flags/${key}`, { cookie: admin, body: { rules: [{ match: {}, value: undefined }] } })).status).toBe(422);
    const missing = await callJson<{ error: { code: string } }>("GET", "/platform/flags/no-such-flag", { cookie: admin });
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe("flag_not_found");
    const member = await signIn(await createUser({}));
    expect((await call("GET", "/platform/flags", { cookie: member })).status).toBe(404);
    expect((await call("POST", "/platform/flags", { cookie: member, body: { key: unique("x"), type: "boolean", defaultValue: false } })).status).toBe(404);
    expect((await call("GET", "/me/flags")).status).toBe(401);
  });

  it.runIf(databaseTarget().driver === "postgres")("reaches another process within 5 s of a change", async () => {
    const key = unique("propagate");
    await create({ key, type: "string", defaultValue: "before" });
    const child = spawn("npx", ["tsx", "tests/flags-child.ts", key], { env: process.env, stdio: ["ignore", "pipe", "pipe"] });
    try {
      const seen: string[] = [];
      child.stdout.setEncoding("utf8").on("data", (chunk: string) => seen.push(...chunk.split("\n").filter(Boolean)));
      const waitFor = async (line: string, ms: number) => {
        const until = Date.now() + ms;
        while (Date.now() < until) {
          if (seen.includes(line)) return Date.now();
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        throw new Error(`the other process never printed ${line} (saw ${seen.slice(-3).join(", ")})`);
      };
      await waitFor('value "before"', 30_000);
      const changedAt = Date.now();
      await callJson("PATCH", `/platform/flags/${key}`, { cookie: admin, body: { defaultValue: "after" } });
      const seenAt = await waitFor('value "after"', 5_000);
      console.log(`flag change reached the other process in ${seenAt - changedAt} ms`);
    } finally {
      child.kill();
    }
  });
});

// A stored row must be what the API accepted: the table's JSON is read back by every process.
it("stores the definition as given", async () => {
  const key = unique("stored");
  await create({ key, type: "string", defaultValue: "a", rules: [{ match: { emailDomains: ["keel.dev"] }, percentage: 50, value: "b" }], environments: { production: { defaultValue: "c" } } });
  const [row] = await db.select().from(featureFlags).where(eq(featureFlags.key, key));
  expect(row).toMatchObject({ type: "string", defaultValue: "a", rules: [{ match: { emailDomains: ["keel.dev"] }, percentage: 50, value: "b" }], environments: { production: { defaultValue: "c" } } });
});
