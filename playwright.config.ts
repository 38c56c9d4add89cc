import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;
// Debian's chromium when present (CI, sandboxes without downloads); else Playwright's own browser.
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));

/**
 * E2E runs against a production build (`npm run build` first) on a fresh embedded database, so it
 * needs no accounts and no services. The server is started with node directly: killing npx would
 * leave next-server running.
 */
export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: systemChromium
      ? {
          executablePath: systemChromium,
          args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        }
      : {},
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: `rm -rf .data/e2e .data/e2e.lock && node node_modules/next/dist/bin/next start -p ${port}`,
    url: `${baseURL}/internal/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      DATABASE_URL: "pglite:.data/e2e",
      BETTER_AUTH_URL: baseURL,
      BETTER_AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-0123456789",
      NEXT_PUBLIC_APP_URL: baseURL,
      // No email provider here: production refuses to start without one unless this is said on
      // purpose (lib/auth/start-rules.ts). Mail lands in the local mailbox.
      AUTH_EMAIL_VERIFICATION: "optional",
      // The client address is the last X-Forwarded-For entry (lib/http/client-ip.ts).
      TRUSTED_PROXY_HOPS: "1",
      // The e2e specs that sign up platform admins, one address per part and retry (the database
      // lives per run): two-factor, impersonation (two tests), support and accessibility.
      PLATFORM_ADMIN_EMAILS: ["admin", "impersonator", "operator", "support-admin", "a11y-admin", "mobile-admin"].flatMap((who) => [0, 1, 2].map((retry) => `e2e-${who}-${retry}@e2e.keel.local`)).join(","),
      // Many sign-ups from one address in a minute; honoured only because the URL is localhost.
      AUTH_RATE_LIMIT: "off",
      JOBS_POLL_MS: "200",
      // PostHog switched on against a dead local host: e2e/privacy.spec.ts proves nothing is sent
      // before consent and something is after (ANALYTICS_CONSENT_DEFAULT stays denied).
      NEXT_PUBLIC_POSTHOG_KEY: "phc_e2e_test",
      NEXT_PUBLIC_POSTHOG_HOST: "http://127.0.0.1:9",
      // e2e/webhooks.spec.ts receives on 127.0.0.1 over plain http: the SSRF guard would refuse it.
      WEBHOOKS_ALLOW_PRIVATE_URLS: "on",
      // Production never runs the payment simulator unless it is named (see lib/billing/providers).
      BILLING_PROVIDER: "simulator",
      // …and only with a secret of its own: the development default is public.
      BILLING_SIMULATOR_WEBHOOK_SECRET: "whsec_ZTJlLW9ubHktc2ltdWxhdG9yLXNlY3JldC0xMjM0NQ==",
    },
  },
});
