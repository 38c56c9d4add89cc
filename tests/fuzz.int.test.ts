import { beforeAll, describe, expect, it } from "vitest";
import { loadFixtures } from "@/lib/app";
import { createUser, uniqueEmail } from "@/seed/factories";
import { call, type CallOptions } from "./client";
import { signInWithTotp } from "./second-factor";
import { createWorld, sessionAndTenantEndingLast, worldParam, type World } from "./fixtures";
import { discoverRoutes, patternParams, type ApiRoute, type Method } from "./routes";

/**
 * Bad input never gets a 5xx, and every 4xx is in the error envelope. Built from the route files
 * on disk, like the isolation test: a new route is fuzzed with no edits here. Every route and
 * method gets malformed and mistyped bodies, NUL bytes and lone surrogates, huge strings,
 * prototype-pollution keys, wrong content types, bad query strings and path parameters (unknown,
 * NUL, huge), each with a session, an API key and no credentials.
 */

type Case = { label: string; path: string; options: CallOptions };

const nul = "\u0000";
const surrogate = "\uD800";
const huge = "x".repeat(200_000);

/** Replaces every string in a valid body, one way at a time: the handler must refuse, not crash. */
function mutate(body: Record<string, unknown>, change: (value: unknown) => unknown): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).map(([key, value]) => [key, change(value)]));
}

function bodyCases(valid: Record<string, unknown>): CallOptions[] {
  const deep = "[".repeat(2_000) + "]".repeat(2_000);
  return [
    { rawBody: '{"name": ' },
    { rawBody: "[1,2,3]" },
    { rawBody: "null" },
    { rawBody: '"just a string"' },
    { rawBody: "12" },
    { rawBody: deep },
    { rawBody: "{}" },
    { body: valid },
    { body: mutate(valid, (v) => (typeof v === "string" ? `a${nul}b` : v)) },
    { rawBody: JSON.stringify(mutate(valid, (v) => (typeof v === "string" ? "SURROGATE" : v))).replaceAll("SURROGATE", "\\ud800") },
    { body: mutate(valid, (v) => (typeof v === "string" ? huge : v)) },
    { body: mutate(valid, (v) => (typeof v === "string" ? 12345 : typeof v === "number" ? "12345" : typeof v === "boolean" ? "yes" : Array.isArray(v) ? { a: 1 } : v)) },
    { body: mutate(valid, () => null) },
    { rawBody: `{"__proto__": {"isAdmin": true, "role": "owner"}, ${JSON.stringify(valid).slice(1)}` },
    { body: { constructor: { prototype: { polluted: true } }, ...valid } },
    { rawBody: JSON.stringify(valid), headers: { "content-type": "text/plain" } },
    { rawBody: "name=x&role=owner", headers: { "content-type": "application/x-www-form-urlencoded" } },
    { rawBody: "y".repeat(1_100_000) },
    { body: { [`key${surrogate}`]: 1, ...valid } },
  ];
}

const queryCases = ["?cursor=%ED%A0%80", "?cursor=%00", "?limit=-5", "?limit=abc", "?limit=99999999999999999999999", `?cursor=${"c".repeat(5_000)}`, "?status=%00", "?from=not-a-date&to=%00&days=-1", "?limit=1&limit=2", "?cursor=%F0%9F%9A%80"];

describe("route fuzzing", () => {
  let world: World;
  let adminCookie: string;
  let routes: ApiRoute[];
  let valid: Record<string, unknown>;

  beforeAll(async () => {
    world = await createWorld("fuzz");
    // With a second factor, or every platform-admin route would stop at 403 before reading input.
    adminCookie = await signInWithTotp(await createUser({ platformAdmin: true }));
    routes = sessionAndTenantEndingLast(await discoverRoutes());
    const fixtures = await loadFixtures();
    valid = Object.assign({ name: "Fuzzed", email: uniqueEmail("fuzz"), role: "member", memberId: world.extraMember.id }, ...fixtures.map((f) => f.validBody ?? {}));
  });

  it("answers no 5xx and puts every 4xx in the envelope", async () => {
    const failures: string[] = [];
    let sent = 0;
    const auths: [string, Record<string, string>, string | undefined][] = [
      ["session", {}, world.cookies.owner],
      ["api key", world.apiKey ? { authorization: `Bearer ${world.apiKey}` } : {}, undefined],
      ["platform admin", {}, adminCookie],
      ["none", {}, undefined],
    ];
    const methodOrder: Method[] = ["GET", "POST", "PUT", "PATCH", "DELETE"];
    for (const method of methodOrder) {
      for (const route of routes) {
        if (!route.handlers[method]) continue;
        const real = route.pattern.replace(/\[([^\]]+)\]/g, (_, p: string) => encodeURIComponent(paramFor(p, route, world)));
        const cases: Case[] = [{ label: "real ids", path: real, options: method === "GET" ? {} : { body: valid } }];
        for (const param of patternParams(route.pattern)) {
          for (const [label, value] of [["unknown id", "zz_0000000000unknown"], ["NUL id", `${nul}x`], ["huge id", "i".repeat(4_000)]] as const) {
            // (A lone surrogate cannot be percent-encoded into a URL at all: bodies carry that case.)
            const path = route.pattern.replace(/\[([^\]]+)\]/g, (_, p: string) => encodeURIComponent(p === param ? value : paramFor(p, route, world)));
            cases.push({ label: `${label} in [${param}]`, path, options: {} });
          }
        }
        if (method === "GET") for (const query of queryCases) cases.push({ label: `query ${query.slice(0, 30)}`, path: real + query, options: {} });
        else for (const [i, options] of bodyCases(valid).entries()) cases.push({ label: `body #${i}`, path: real, options });

        for (const testCase of cases) {
          for (const [authLabel, headers, cookie] of auths) {
            const response = await call(method, testCase.path, { ...testCase.options, cookie, headers: { ...headers, ...testCase.options.headers } });
            sent += 1;
            const problem = await inspect(response);
            if (problem) failures.push(`${method} ${route.pattern} (${testCase.label}, ${authLabel}) → ${problem}`);
          }
        }
      }
    }
    console.log(`route fuzzing: ${sent} requests, ${failures.length} failures`);
    expect(failures.slice(0, 30)).toEqual([]);
    // At least ten cases per route and method, with each credential (core alone has ~40 of those).
    const handlers = routes.reduce((n, r) => n + Object.keys(r.handlers).length, 0);
    expect(sent).toBeGreaterThanOrEqual(handlers * auths.length * 10);
    // Thousands of requests (about 17 s on a quiet machine): the suite's 60 s is too tight on a busy one.
  }, 300_000);
});

/** What a response did wrong: a 5xx, or a 4xx outside the envelope. */
async function inspect(response: Response): Promise<string | null> {
  const text = await response.text();
  if (response.status >= 500) return `${response.status} ${text.slice(0, 200)}`;
  if (response.status < 400) return null;
  try {
    const body = JSON.parse(text) as { error?: { code?: unknown; requestId?: unknown; message?: unknown } };
    if (typeof body.error?.code === "string" && typeof body.error.requestId === "string" && typeof body.error.message === "string") return null;
  } catch {
    // falls through
  }
  return `${response.status} outside the envelope: ${text.slice(0, 200)}`;
}

function paramFor(param: string, route: ApiRoute, world: World): string {
  return worldParam(param, route, world) ?? "zz_missing_fixture";
}
