import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, type APIResponse, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { enrolTotp, invite, signUp, totp, uniqueEmail, verifyEmailFromMailbox } from "./helpers";

/**
 * Sign-ups and page lists shared by e2e/accessibility.spec.ts and e2e/mobile.spec.ts. Each role signs
 * up once per spec; its cookies are kept as a storage state so every page check opens a fresh
 * context without signing in again.
 */
export type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;

/** A page to check: a name for reports and screenshots, and the address. */
export type PageToCheck = { name: string; path: string };

/**
 * The installed modules (the index the removal command rewrites): these specs are core, so a fork
 * that removed billing, projects or the docs still runs them, on the pages and rows it has.
 */
const installed = new Set((JSON.parse(readFileSync("lib/app/module-index.json", "utf8")) as { id: string }[]).map((m) => m.id));
export const isInstalled = (id: string): boolean => installed.has(id);

/** Signed-out pages: the auth forms and the public site (one German page: the locale prefix). */
export const publicPages: PageToCheck[] = [
  { name: "home", path: "/" },
  { name: "home-de", path: "/de" },
  ...(isInstalled("billing") ? [{ name: "pricing", path: "/pricing" }] : []),
  ...(isInstalled("docs") ? [{ name: "docs", path: "/docs" }] : []),
  ...(isInstalled("blog") ? [{ name: "blog", path: "/blog" }] : []),
  ...(isInstalled("status") ? [{ name: "status", path: "/status" }] : []),
  ...(isInstalled("waitlist") ? [{ name: "waitlist", path: "/join" }] : []),
  { name: "sign-in", path: "/sign-in" },
  { name: "sign-up", path: "/sign-up" },
  { name: "forgot-password", path: "/forgot-password" },
];

function origin(page: Page): string {
  return new URL(page.url()).origin;
}

/**
 * A tenant owner whose tables have rows (a project, an invitation, an API key, a webhook) and whose
 * plan is paid through the simulator, so the "Active" badge and the checkout's success alert show.
 * Returns the storage state and the billing page's address as the checkout left it (none without
 * billing; then no API key or webhook either: they are paid-plan features, and every tenant is free).
 */
export async function signUpOwner(browser: Browser, baseURL: string): Promise<{ state: StorageState; billingReturn?: string }> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signUp(page, { name: "Alma Owner", email: uniqueEmail("a11y-owner") });
  // Sign-up hashes a password and creates a tenant: slow on a busy runner.
  await expect(page).toHaveURL(/\/dashboard/, { timeout: 30_000 });
  const tenantId = await page.locator("#tenant-switcher").inputValue();
  const headers = { origin: origin(page) };

  // Paid plan first: API keys and webhooks are plan features.
  let billingReturn: string | undefined;
  if (isInstalled("billing")) {
    await page.goto("/dashboard/billing");
    await page.getByTestId("plan-starter").getByRole("button", { name: /Upgrade|Choose plan/ }).click();
    await page.waitForURL(/\/billing\/simulator\/checkout\//);
    await page.getByRole("button", { name: "Pay (succeeds)" }).click();
    await page.waitForURL(/\/dashboard\/billing/);
    await expect(page.getByTestId("billing-state")).toHaveText("Active");
    billingReturn = new URL(page.url()).pathname + new URL(page.url()).search;
  }

  const paid = billingReturn !== undefined;
  const created: Promise<APIResponse>[] = [];
  if (isInstalled("projects")) created.push(page.request.post("/projects", { headers, data: { name: "Harbour lights" } }));
  if (paid && isInstalled("api-keys")) created.push(page.request.post(`/tenants/${tenantId}/api-keys`, { headers, data: { name: "CI deploys", environment: "test", scopes: [] } }));
  if (paid && isInstalled("webhooks")) created.push(page.request.post(`/tenants/${tenantId}/webhooks`, { headers, data: { url: "https://example.com/keel-hooks" } }));
  for (const response of await Promise.all(created)) expect(response.status(), await response.text()).toBe(201);
  await invite(page, uniqueEmail("a11y-invitee"), "member");

  const state = await context.storageState();
  await context.close();
  return { state, billingReturn };
}

/**
 * A platform admin (`e2e-<who>-<retry>@…`, listed in PLATFORM_ADMIN_EMAILS): a verified address, TOTP on, and a session
 * that passed the step-up the panel asks for.
 */
export async function signUpPlatformAdmin(browser: Browser, baseURL: string, retry: number, who = "a11y-admin"): Promise<StorageState> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signUp(page, { name: "Ari Admin", email: `e2e-${who}-${retry}@e2e.keel.local` });
  await expect(page).toHaveURL(/\/dashboard/, { timeout: 30_000 });
  await verifyEmailFromMailbox(page);
  const secret = await enrolTotp(page);
  await page.goto("/admin");
  if (page.url().includes("/step-up")) {
    await page.getByLabel("Authentication code").fill(totp(secret));
    await page.getByRole("button", { name: "Verify and continue" }).click();
    await page.goto("/admin");
  }
  await expect(page.getByRole("navigation", { name: "Admin" })).toBeVisible();
  const state = await context.storageState();
  await context.close();
  return state;
}

/** The links of a navigation landmark, as pages to check (hrefs deduplicated, in order). */
export async function navPages(page: Page, navName: string): Promise<PageToCheck[]> {
  // A CSS locator, not getByRole: on a phone the nav sits in a closed menu, hidden but present.
  const hrefs = await page
    .locator(`nav[aria-label="${navName}"]`)
    .first()
    .locator("a")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  return [...new Set(hrefs.filter((h) => h.startsWith("/")))].map((path) => ({ name: path.replace(/^\//, "").replace(/[/?=&]+/g, "-") || "root", path }));
}

/** One axe finding worth failing on: serious or critical, with the elements it names. */
export type AxeFinding = { page: string; rule: string; impact: string; targets: string[] };

/** axe with the WCAG 2.0/2.1 A and AA rules; only serious and critical findings are returned. */
export async function seriousAxeFindings(page: Page, name: string): Promise<AxeFinding[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ page: name, rule: v.id, impact: v.impact ?? "", targets: v.nodes.map((n) => n.target.join(" ")) }));
}

/** Findings as lines a reader can act on: `page  rule (impact): target, target…`. */
export function describeFindings(findings: AxeFinding[]): string {
  return findings.map((f) => `${f.page}  ${f.rule} (${f.impact}): ${f.targets.slice(0, 5).join(", ")}${f.targets.length > 5 ? ` … +${f.targets.length - 5}` : ""}`).join("\n");
}
