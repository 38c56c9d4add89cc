import { expect, test } from "@playwright/test";

// The tracker in a real browser, on the prerendered public site: the layout's script tag loads
// /t.js, which beacons a pageview, and another one on a client-side navigation. Headless Chrome
// says "HeadlessChrome" in its user agent, which the collect endpoint drops as a bot (isbot), so
// this browser presents an ordinary Chrome's.
test.use({ userAgent: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36" });

test("the public site counts a pageview on load and on a client-side navigation, with no cookie", async ({ page, context }) => {
  const collected = page.waitForResponse((res) => res.url().endsWith("/t/collect") && res.request().method() === "POST");
  await page.goto("/pricing?utm_source=e2e");
  const first = await collected;
  expect(first.status()).toBe(202);
  expect(await first.json()).toEqual({ accepted: 1 });
  const sent = JSON.parse(first.request().postData() ?? "[]") as { n: string; u: string }[];
  expect(sent).toEqual([expect.objectContaining({ n: "pageview", u: expect.stringContaining("/pricing?utm_source=e2e") })]);

  const next = page.waitForResponse((res) => res.url().endsWith("/t/collect") && res.request().method() === "POST");
  await page.locator("header").getByRole("link", { name: "Docs", exact: true }).first().click();
  await expect(page).toHaveURL(/\/docs$/);
  const second = await next;
  const navigation = JSON.parse(second.request().postData() ?? "[]") as { n: string; u: string; r?: string }[];
  expect(navigation[0]).toMatchObject({ n: "pageview", u: expect.stringMatching(/\/docs$/), r: expect.stringContaining("/pricing") });
  expect(await second.json()).toEqual({ accepted: 1 });

  expect((await context.cookies()).filter((c) => !c.name.startsWith("NEXT_LOCALE"))).toEqual([]);
});

test("a browser with Global Privacy Control sends nothing", async ({ browser }) => {
  const context = await browser.newContext({ userAgent: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36" });
  await context.addInitScript(() => Object.defineProperty(navigator, "globalPrivacyControl", { value: true }));
  const page = await context.newPage();
  const posts: string[] = [];
  page.on("request", (req) => {
    if (req.url().endsWith("/t/collect")) posts.push(req.url());
  });
  const script = page.waitForResponse((res) => res.url().endsWith("/t.js"));
  await page.goto("/pricing");
  await script;
  await page.waitForTimeout(1_500);
  await page.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
  expect(posts).toEqual([]);
  await context.close();
});
