import { expect, test, type Browser, type TestInfo } from "@playwright/test";
import { describeFindings, isInstalled, navPages, publicPages, seriousAxeFindings, signUpOwner, signUpPlatformAdmin, type AxeFinding, type PageToCheck, type StorageState } from "./a11y-setup";

/**
 * axe (WCAG 2.0 and 2.1, A and AA) on every page a signed-out visitor, a tenant owner and a
 * platform admin reach from the navigation. Serious and critical findings fail the test; every
 * page is checked before failing, so one run lists them all.
 */

async function checkPages(browser: Browser, info: TestInfo, pages: PageToCheck[], options: { state?: StorageState; colorScheme?: "light" | "dark" } = {}) {
  // axe takes one to several seconds a page on a busy two-core runner: budget per page, not per test.
  test.setTimeout(info.timeout + pages.length * 8_000);
  const context = await browser.newContext({ baseURL: info.project.use.baseURL, storageState: options.state, colorScheme: options.colorScheme ?? "light" });
  const page = await context.newPage();
  const findings: AxeFinding[] = [];
  for (const { name, path } of pages) {
    const response = await page.goto(path);
    expect(response?.status(), `${path} answers`).toBeLessThan(400);
    // Lists, billing and the checkout's result load from the client after the page: check them loaded.
    await page.waitForLoadState("networkidle");
    findings.push(...(await seriousAxeFindings(page, options.colorScheme === "dark" ? `${name} (dark)` : name)));
  }
  await context.close();
  await info.attach("axe-findings.json", { body: JSON.stringify(findings, null, 2), contentType: "application/json" });
  expect(findings, `serious or critical axe findings:\n${describeFindings(findings)}`).toEqual([]);
}

test("signed-out pages: the public site and the auth forms", async ({ browser }, info) => {
  await checkPages(browser, info, publicPages);
});

test("a tenant owner's portal pages, light and dark", async ({ browser, baseURL }, info) => {
  const { state, billingReturn } = await signUpOwner(browser, baseURL!);
  const context = await browser.newContext({ baseURL, storageState: state });
  const page = await context.newPage();
  await page.goto("/dashboard");
  const nav = await navPages(page, "Dashboard");
  await context.close();
  const pages = [...nav, ...(billingReturn ? [{ name: "billing-after-checkout", path: billingReturn }] : [])];
  // The core's own pages (the dashboard, team, settings, audit) are there whatever was removed.
  expect(nav.length, "the side nav lists the portal's pages").toBeGreaterThan(3);
  await checkPages(browser, info, pages, { state });
  // Dark mode uses its own tokens: the pages with coloured badges and alerts (those installed).
  const darkPaths = ["/dashboard", "/dashboard/api-keys", "/dashboard/webhooks", ...(billingReturn ? [billingReturn] : [])];
  await checkPages(browser, info, pages.filter((p) => darkPaths.includes(p.path)), { state, colorScheme: "dark" });
});

test("a platform admin's pages", async ({ browser, baseURL }, info) => {
  test.skip(!isInstalled("admin"), "the admin module is removed");
  const state = await signUpPlatformAdmin(browser, baseURL!, info.retry);
  const context = await browser.newContext({ baseURL, storageState: state });
  const page = await context.newPage();
  await page.goto("/admin");
  const nav = await navPages(page, "Admin");
  // One detail page of each kind: the first user and the first tenant listed.
  const details: PageToCheck[] = [];
  for (const list of ["users", "tenants"]) {
    await page.goto(`/admin/${list}`, { waitUntil: "domcontentloaded" });
    const href = await page.locator(`main a[href^="/admin/${list}/"]`).first().getAttribute("href");
    if (href) details.push({ name: `admin-${list}-detail`, path: href });
  }
  await context.close();
  expect(details, "a user and a tenant to open").toHaveLength(2);
  await checkPages(browser, info, [{ name: "admin", path: "/admin" }, ...nav, ...details], { state });
});
