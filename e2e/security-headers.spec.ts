import { expect, test, type Page } from "@playwright/test";
import { signUp, uniqueEmail } from "./helpers";

/** Records every CSP violation the page reports, so a page the policy breaks fails here. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => console.error(`Content Security Policy: ${event.violatedDirective} ${event.blockedURI}`));
  });
  return violations;
}

test("every page carries the security headers, and none breaks under the policy", async ({ page }) => {
  const violations = await watchViolations(page);
  // The public site and the 404 for unmatched URLs prerender at build, so their policy has no nonce
  // (lib/http/content-security-policy.ts); every other page renders per request with one.
  const prerendered = [
    ...["/", "/pricing", "/de/pricing", "/changelog", "/legal/privacy", "/de/legal/cookies", "/no-such-page"],
    ...["/docs", "/docs/modules/billing", "/de/docs", "/blog", "/blog/how-keel-never-double-charges"],
  ];
  for (const path of [...prerendered, "/sign-in", "/sign-up", "/forgot-password"]) {
    const response = await page.goto(path);
    const headers = response!.headers();
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    if (prerendered.includes(path)) expect(headers["content-security-policy"], path).toMatch(/script-src 'self' 'unsafe-inline'(;|$)/);
    else expect(headers["content-security-policy"], path).toMatch(/script-src [^;]*'nonce-[A-Za-z0-9+/=]{20,}'/);
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers["x-powered-by"], path).toBeUndefined();
  }
  // Visiting /de/pricing left next-intl's NEXT_LOCALE=de cookie, which the auth pages follow; the
  // sign-up helper reads English labels.
  await page.context().clearCookies();
  // Pages hydrate (their scripts ran with the nonce): the sign-up form validates on the client.
  await signUp(page, { name: "Cass Policy", email: uniqueEmail("csp") });
  await expect(page).toHaveURL(/\/dashboard/);
  for (const path of ["/dashboard", "/dashboard/settings", "/dashboard/team"]) {
    const response = await page.goto(path);
    expect(response!.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
    await expect(page.locator("main").first()).toBeVisible();
  }
  expect(violations).toEqual([]);
  // Two requests, two nonces.
  const first = (await page.request.get("/sign-in")).headers()["content-security-policy"];
  const second = (await page.request.get("/sign-in")).headers()["content-security-policy"];
  expect(first).not.toEqual(second);
});

test("injected markup cannot run script: no inline handlers, no parser-inserted scripts", async ({ page }) => {
  await page.goto("/sign-in");
  const ran = await page.evaluate(async () => {
    // What stored XSS looks like: markup landing in the page through a bug.
    const holder = document.createElement("div");
    holder.innerHTML = '<img src="/nonexistent.png" onerror="window.__injected = true">';
    document.body.appendChild(holder);
    document.write('<script>window.__written = true</script>');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const w = window as unknown as { __injected?: boolean; __written?: boolean };
    return { handler: w.__injected === true, written: w.__written === true };
  });
  expect(ran).toEqual({ handler: false, written: false });
});

test("unknown API paths and wrong methods answer in the error envelope", async ({ request }) => {
  const unknown = await request.get("/tenants/org_1/no-such-thing");
  expect(unknown.status()).toBe(404);
  expect((await unknown.json()).error).toMatchObject({ code: "not_found", requestId: expect.stringMatching(/^req_/) });
  const wrongMethod = await request.put("/me", { data: {} });
  expect(wrongMethod.status()).toBe(405);
  expect(wrongMethod.headers()["allow"]).toContain("PATCH");
  expect((await wrongMethod.json()).error.code).toBe("method_not_allowed");
});

test("a cookie write from a foreign Origin is refused, and a server action from one too", async ({ page }) => {
  await signUp(page, { name: "Olga Origin", email: uniqueEmail("origin") });
  await expect(page).toHaveURL(/\/dashboard/);
  const foreign = await page.request.patch("/me", { data: { name: "Mallory" }, headers: { origin: "https://evil.example" } });
  expect(foreign.status()).toBe(403);
  expect((await foreign.json()).error.code).toBe("invalid_origin");
  const action = await page.request.post("/admin", { headers: { origin: "https://evil.example", "next-action": "0123456789abcdef" }, data: "[]" });
  expect(action.status()).toBe(403);
  const own = await page.request.patch("/me", { data: { name: "Olga O." }, headers: { origin: new URL(page.url()).origin } });
  expect(own.status()).toBe(200);
});
