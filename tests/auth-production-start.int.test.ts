import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { authStartProblems } from "@/lib/auth/start-rules";

/**
 * Runs the auth module's start check (what boot runs first) in a fresh `NODE_ENV=production`
 * process with only `env` set, as `next start` would.
 */
function startWith(env: Record<string, string>) {
  const script = "const { authEnv } = await import('./lib/auth/start-rules.ts'); authEnv(); console.log('STARTED');";
  const result = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    cwd: process.cwd(),
    env: { PATH: process.env.PATH ?? "", NODE_ENV: "production", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { ok: result.status === 0 && result.stdout.includes("STARTED"), output: `${result.stdout}\n${result.stderr}` };
}

const base = { BETTER_AUTH_SECRET: "a-production-secret-of-at-least-32-chars!", BETTER_AUTH_URL: "https://app.example.com" };

describe("production start rules", () => {
  it("refuses to start without an email provider unless AUTH_EMAIL_VERIFICATION=optional is set", () => {
    const refused = startWith(base);
    expect(refused.ok).toBe(false);
    expect(refused.output).toContain("AUTH_EMAIL_VERIFICATION=optional");
    expect(startWith({ ...base, AUTH_EMAIL_VERIFICATION: "required" }).ok).toBe(false);

    const optional = startWith({ ...base, AUTH_EMAIL_VERIFICATION: "optional" });
    expect(optional.ok, optional.output).toBe(true);
    expect(optional.output).toContain("without an email provider");

    expect(startWith({ ...base, RESEND_API_KEY: "re_test_key" }).ok).toBe(true);
  });

  it("requires BETTER_AUTH_URL in production", () => {
    const { BETTER_AUTH_URL: _url, ...withoutUrl } = base;
    const refused = startWith({ ...withoutUrl, AUTH_EMAIL_VERIFICATION: "optional" });
    expect(refused.ok).toBe(false);
    expect(refused.output).toContain("BETTER_AUTH_URL");
  });

  it("asks nothing of development, and nothing of a build (isProductionRuntime is false there)", () => {
    expect(authStartProblems({ production: false, emailProvider: false, verification: undefined })).toEqual({});
    const build = startWith({ NEXT_PHASE: "phase-production-build" });
    expect(build.ok, build.output).toBe(true);
  });
});
