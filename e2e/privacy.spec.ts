import { strFromU8, unzipSync } from "fflate";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { describeFindings, isInstalled, seriousAxeFindings, type StorageState } from "./a11y-setup";
import { signUp, uniqueEmail } from "./helpers";

/**
 * The privacy module in the browser: a person exports their data and finds their rows in the ZIP,
 * decides on cookies in the portal's banner, and the page passes axe and fits a phone. The e2e
 * database starts empty (no seeded demo users), so each test signs a fresh person up: a new
 * account has accepted the terms at sign-up and decided nothing on analytics, so the banner shows.
 */

/** A fresh account's cookies, signed up in a context of its own. */
async function signUpPerson(browser: Browser, baseURL: string, name: string): Promise<StorageState> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signUp(page, { name, email: uniqueEmail("privacy") });
  // Sign-up hashes a password and creates a tenant: slow on a busy runner.
  await expect(page).toHaveURL(/\/dashboard/, { timeout: 30_000 });
  const state = await context.storageState();
  await context.close();
  return state;
}

const banner = (page: Page) => page.getByRole("region", { name: "Your cookie choices" });

test("an export shows its progress, then a download whose ZIP holds the person's projects", async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page, { name: "Pia Privacy", email: uniqueEmail("pia") });
  await expect(page).toHaveURL(/\/dashboard/, { timeout: 30_000 });
  const project = `Ledger ${Date.now().toString(36)}`;
  if (isInstalled("projects")) {
    const created = await page.request.post("/projects", { headers: { origin: new URL(page.url()).origin }, data: { name: project } });
    expect(created.status(), await created.text()).toBe(201);
  }

  await page.goto("/dashboard/privacy");
  await banner(page).getByRole("button", { name: "Reject all" }).click();
  await expect(banner(page)).toBeHidden();
  // The bar may show for a moment only (a small export builds in about a second): every value it
  // shows is recorded as it renders, rather than raced by a locator.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    const record = () => document.querySelectorAll('[role="progressbar"]').forEach((bar) => seen.push(bar.getAttribute("aria-valuenow") ?? ""));
    new MutationObserver(record).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ["aria-valuenow"] });
  });
  await page.getByRole("button", { name: "Export my data" }).click();
  const progressSeen = () => page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
  await expect.poll(async () => (await progressSeen()).length, { message: "a progress bar shows while the export is built" }).toBeGreaterThan(0);
  expect(await progressSeen()).toEqual(expect.arrayContaining([expect.stringMatching(/^\d+$/)]));

  // The e2e server runs jobs in-process; the page reads the list again every 2 s.
  const download = page.getByRole("link", { name: /^Download/ }).first();
  await expect(download).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("progressbar")).toHaveCount(0);
  await expect(page.getByTestId("privacy-requests").locator("[data-status]").first()).toHaveText("Ready");
  await page.screenshot({ path: "test-results/privacy/desktop-export.png", fullPage: true });
  const href = await download.getAttribute("href");
  expect(href).toBeTruthy();

  const answer = await page.request.get(href!);
  expect(answer.status(), `GET ${href}`).toBe(200);
  const files = unzipSync(new Uint8Array(await answer.body()));
  expect(Object.keys(files)).toEqual(expect.arrayContaining(["README.txt", "index.json"]));
  if (isInstalled("projects")) {
    // index.json names each table's file (`projects/projects`, or `.by-created_by` when a table has several rules).
    const index = JSON.parse(strFromU8(files["index.json"]!)) as { tables: { file: string; table: string; module: string }[] };
    const entry = index.tables.find((t) => t.module === "projects" && t.table === "projects" && t.file);
    expect(entry, "index.json lists the projects table").toBeTruthy();
    const rows = JSON.parse(strFromU8(files[`${entry!.file}.json`]!)) as { name: string }[];
    expect(rows.map((r) => r.name)).toContain(project);
  }

  // A second export the same day is refused, in words.
  await page.getByRole("button", { name: "Export my data" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "one export a day" })).toBeVisible();
});

test("the team's owner exports the whole team from the same page, with its own download", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const state = await signUpPerson(browser, baseURL!, "Tom Team");
  const context = await browser.newContext({ baseURL, storageState: state });
  const page = await context.newPage();
  await page.goto("/dashboard/privacy");
  await banner(page).getByRole("button", { name: "Reject all" }).click();
  await page.getByRole("button", { name: /^Export team/ }).click();
  const row = page.getByTestId("privacy-requests").getByRole("listitem").filter({ hasText: "Team export" });
  await expect(row.getByRole("link", { name: /^Download/ })).toBeVisible({ timeout: 30_000 });
  const answer = await page.request.get((await row.getByRole("link", { name: /^Download/ }).getAttribute("href"))!);
  expect(answer.status()).toBe(200);
  const files = unzipSync(new Uint8Array(await answer.body()));
  const index = JSON.parse(strFromU8(files["index.json"]!)) as { tables: { module: string; table: string; rows: number }[] };
  expect(index.tables.find((t) => t.table === "tenants")?.rows, "the team itself is in its export").toBe(1);
  await context.close();
});

test("changed terms are asked for again above the portal until accepted", async ({ browser, baseURL }) => {
  const state = await signUpPerson(browser, baseURL!, "Tara Terms");
  const context = await browser.newContext({ baseURL, storageState: state });
  const page = await context.newPage();
  await page.goto("/dashboard");
  const notice = page.getByRole("region", { name: "Our terms have changed" });
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(notice, "sign-up accepted the terms in force").toHaveCount(0);
  // The terms acceptance no longer holds (what a new TERMS_VERSION does to every account).
  const origin = new URL(page.url()).origin;
  const withdrawn = await page.request.post("/privacy/consents", { headers: { origin }, data: { type: "terms", granted: false } });
  expect(withdrawn.status()).toBe(201);

  await page.goto("/dashboard/privacy");
  await expect(notice).toBeVisible();
  await expect(notice.getByRole("link", { name: "Terms of service" })).toHaveAttribute("href", "/legal/terms");
  const findings = await seriousAxeFindings(page, "terms-update");
  expect(findings, `serious or critical axe findings:\n${describeFindings(findings)}`).toEqual([]);
  await notice.getByRole("button", { name: "Accept the new terms" }).click();
  await expect(notice).toBeHidden();
  const consents = await page.request.get("/privacy/consents");
  expect(((await consents.json()) as { pendingAcceptance: string[] }).pendingAcceptance).toEqual([]);
  await context.close();
});

test("the cookie banner shows until a choice is made, and Reject all keeps it away", async ({ browser, baseURL }) => {
  const state = await signUpPerson(browser, baseURL!, "Ben Banner");
  const context = await browser.newContext({ baseURL, storageState: state });
  const page = await context.newPage();
  await page.goto("/dashboard");
  const region = banner(page);
  await expect(region).toBeVisible();
  await expect(region.getByRole("checkbox", { name: /Necessary/ })).toBeChecked();
  await expect(region.getByRole("checkbox", { name: /Necessary/ })).toBeDisabled();
  await expect(region.getByRole("checkbox", { name: /Analytics/ })).not.toBeChecked();
  await region.getByRole("button", { name: "Reject all" }).click();
  await expect(region).toBeHidden();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(banner(page)).toHaveCount(0);

  // The choice is on the privacy page: analytics off, decided.
  await page.goto("/dashboard/privacy");
  await expect(page.getByRole("switch", { name: "Product analytics" })).not.toBeChecked();
  await expect(page.getByText(/Off since/).first()).toBeVisible();
  await expect(banner(page)).toHaveCount(0);
  await context.close();
});

test("Save choices records the ticked categories", async ({ browser, baseURL }) => {
  const state = await signUpPerson(browser, baseURL!, "Cleo Choices");
  const context = await browser.newContext({ baseURL, storageState: state });
  const page = await context.newPage();
  await page.goto("/dashboard/privacy");
  await banner(page).getByRole("checkbox", { name: /Marketing/ }).check();
  await banner(page).getByRole("button", { name: "Save choices" }).click();
  await expect(banner(page)).toBeHidden();
  await page.reload();
  await expect(page.getByRole("switch", { name: "Marketing cookies" })).toBeChecked();
  await expect(page.getByRole("switch", { name: "Product analytics" })).not.toBeChecked();
  await expect(banner(page)).toHaveCount(0);
  await context.close();
});

test("the privacy page has no serious axe findings, banner and all, and fits a phone", async ({ browser, baseURL }) => {
  const state = await signUpPerson(browser, baseURL!, "Ada Axe");
  const context = await browser.newContext({ baseURL, storageState: state });
  const page = await context.newPage();
  await page.goto("/dashboard/privacy");
  await page.waitForLoadState("networkidle");
  await expect(banner(page)).toBeVisible();
  await expect(page.getByRole("switch", { name: "Product analytics" })).toBeVisible();
  const findings = await seriousAxeFindings(page, "privacy");
  await page.screenshot({ path: "test-results/privacy/desktop.png", fullPage: true });
  await context.close();
  expect(findings, `serious or critical axe findings:\n${describeFindings(findings)}`).toEqual([]);

  const phone = await browser.newContext({ baseURL, storageState: state, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const mobile = await phone.newPage();
  await mobile.goto("/dashboard/privacy");
  await mobile.waitForLoadState("networkidle");
  await expect(mobile.getByRole("switch", { name: "Product analytics" })).toBeVisible();
  await mobile.screenshot({ path: "test-results/mobile/privacy.png", fullPage: true });
  const width = await mobile.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(width.scroll, "the page does not scroll sideways").toBeLessThanOrEqual(width.client);
  await phone.close();
});

test("the cancel link's page says a used or unknown link cancels nothing", async ({ page }) => {
  await page.goto("/cancel-deletion?token=not-a-token-anyone-was-sent-1234");
  await page.getByRole("button", { name: "Keep my account" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "This link was used already or has expired" })).toBeVisible();
  await page.goto("/de/cancel-deletion?token=not-a-token-anyone-was-sent-1234");
  await expect(page.getByRole("button", { name: "Mein Konto behalten" })).toBeVisible();
});

/**
 * posthog-js is the product-analytics module's, loaded by its portal slot only once analytics is
 * allowed. Runs when the server has a PostHog key (NEXT_PUBLIC_POSTHOG_KEY in the environment the
 * web server inherits, or in playwright.config.ts): without one the /ingest proxy answers 404 and
 * no PostHog code exists to hold back. The browser's /ingest calls are answered here, so nothing
 * leaves the machine.
 */
test("PostHog loads only after Accept all", async ({ browser, baseURL, request }) => {
  test.skip(!isInstalled("product-analytics"), "the product-analytics module is removed");
  const probe = await request.get("/ingest/e");
  const body = (await probe.json().catch(() => null)) as { error?: { code?: string } } | null;
  test.skip(probe.status() === 404 && body?.error?.code === "not_found", "no NEXT_PUBLIC_POSTHOG_KEY on the server: posthog-js never loads");

  const state = await signUpPerson(browser, baseURL!, "Paul PostHog");
  const context = await browser.newContext({ baseURL, storageState: state });
  const ingested: string[] = [];
  await context.route("**/ingest/**", (route) => {
    ingested.push(route.request().url());
    const script = new URL(route.request().url()).pathname.includes("/static/");
    return route.fulfill({ status: 200, contentType: script ? "application/javascript" : "application/json", body: script ? "" : "{}" });
  });
  const page = await context.newPage();
  await page.goto("/dashboard");
  await expect(banner(page)).toBeVisible();
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(1_500);
  expect(ingested, "nothing goes to PostHog before consent").toEqual([]);

  await banner(page).getByRole("button", { name: "Accept all" }).click();
  await expect(banner(page)).toBeHidden();
  await expect.poll(() => ingested.length, { message: "posthog-js calls /ingest once analytics is allowed", timeout: 15_000 }).toBeGreaterThan(0);
  await context.close();
});
