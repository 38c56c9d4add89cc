import { expect, test, type Page } from "@playwright/test";
import { isInstalled, navPages, publicPages, signUpOwner, signUpPlatformAdmin, type PageToCheck } from "./a11y-setup";

/**
 * The portal on a phone (390 × 844, touch): no page scrolls sideways, the header's controls do not
 * cover each other, and every visible control in the header and the main content lies inside the
 * viewport — or inside a scroll region a keyboard can focus (components/ui/scroll-region.tsx),
 * where a swipe or the arrow keys reach it.
 * Screenshots land in test-results/mobile/ for a person to look at.
 */
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

type Overflow = { page: string; scrollWidth: number; clientWidth: number; outside: string[] };

/** What spills past the viewport's sides on the page as it is now. */
async function overflowOf(page: Page, name: string): Promise<Overflow> {
  const measured = await page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const outside: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>("header a, header button, header select, header summary, main a, main button, main select, main summary")) {
      // checkVisibility: a closed <details>' content still has boxes, under content-visibility: hidden.
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (el.closest('[role="region"][tabindex="0"]')) continue;
      if (box.left < -1 || box.right > width + 1) outside.push(`${el.tagName.toLowerCase()} "${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 40)}" ${Math.round(box.left)}–${Math.round(box.right)}`);
    }
    // The header's controls side by side must not cover each other (the billing badge once sat on
    // the tenant switcher).
    const header = Array.from(document.querySelectorAll<HTMLElement>("header select, header summary, header button, header [data-testid]")).filter((el) => el.checkVisibility());
    for (const [i, a] of header.entries()) {
      for (const b of header.slice(i + 1)) {
        if (a.contains(b) || b.contains(a)) continue;
        const [p, q] = [a.getBoundingClientRect(), b.getBoundingClientRect()];
        if (p.left < q.right - 1 && q.left < p.right - 1 && p.top < q.bottom - 1 && q.top < p.bottom - 1) outside.push(`header: ${a.tagName.toLowerCase()} overlaps ${b.tagName.toLowerCase()} "${(b.textContent ?? "").trim().slice(0, 20)}"`);
      }
    }
    return { scrollWidth: root.scrollWidth, clientWidth: width, outside };
  });
  return { page: name, ...measured };
}

async function checkPages(page: Page, pages: PageToCheck[]) {
  test.setTimeout(test.info().timeout + pages.length * 5_000);
  const problems: Overflow[] = [];
  for (const { name, path } of pages) {
    await page.goto(path);
    // Lists, billing and the checkout's result load from the client after the page: check them loaded.
    await page.waitForLoadState("networkidle");
    await page.screenshot({ path: `test-results/mobile/${name}.png`, fullPage: true });
    const overflow = await overflowOf(page, name);
    if (overflow.scrollWidth > overflow.clientWidth || overflow.outside.length > 0) problems.push(overflow);
  }
  const report = problems.map((p) => `${p.page}: scrollWidth ${p.scrollWidth} > ${p.clientWidth}; ${p.outside.join("; ")}`).join("\n");
  expect(problems, `pages wider than a phone:\n${report}`).toEqual([]);
}

test("a tenant owner's portal pages fit a phone", async ({ browser, baseURL }) => {
  const { state, billingReturn } = await signUpOwner(browser, baseURL!);
  const context = await browser.newContext({ baseURL, storageState: state, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto("/dashboard");
  // Under md the side nav sits in the header's menu; its links are in the DOM all the same.
  const nav = await navPages(page, "Dashboard");
  expect(nav.length, "the menu lists the portal's pages").toBeGreaterThan(3);
  await checkPages(page, [...nav, ...(billingReturn ? [{ name: "billing-after-checkout", path: billingReturn }] : [])]);
  await context.close();
});

test("a platform admin's pages fit a phone", async ({ browser, baseURL }, info) => {
  test.skip(!isInstalled("admin"), "the admin module is removed");
  const state = await signUpPlatformAdmin(browser, baseURL!, info.retry, "mobile-admin");
  const context = await browser.newContext({ baseURL, storageState: state, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto("/admin");
  const nav = await navPages(page, "Admin");
  expect(nav.length, "the admin nav lists its pages").toBeGreaterThan(4);
  await checkPages(page, nav.map((p) => ({ ...p, name: `admin-${p.name}` })));
  await context.close();
});

test("signed-out pages fit a phone", async ({ page }) => {
  await checkPages(page, publicPages);
});
