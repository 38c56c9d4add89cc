import { expect, test, type Page } from "@playwright/test";
import { enrolTotp, password, signUp, totp, uniqueEmail, verifyEmailFromMailbox } from "./helpers";

async function signOut(page: Page) {
  await page.goto("/dashboard");
  await page.getByLabel("Account menu").click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in|\/$/);
}

async function signInWithPassword(page: Page, email: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

test("TOTP: enrol in settings, sign out, sign in with password and a code", async ({ page }) => {
  const email = uniqueEmail("totp");
  await signUp(page, { name: "Tot P", email });
  await expect(page).toHaveURL(/\/dashboard/);
  const secret = await enrolTotp(page);
  await signOut(page);

  await signInWithPassword(page, email);
  await page.getByLabel("Authentication code").fill("000000");
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByText("That code is not right")).toBeVisible();
  await page.getByLabel("Authentication code").fill(totp(secret));
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page).toHaveURL(/\/dashboard/);
});

test("passkey: register one in settings, sign out, sign in with it", async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: { protocol: "ctap2", transport: "internal", hasResidentKey: true, hasUserVerification: true, isUserVerified: true },
  });

  await signUp(page, { name: "Pass Key", email: uniqueEmail("passkey") });
  await expect(page).toHaveURL(/\/dashboard/);
  await page.goto("/dashboard/settings");
  await page.getByLabel("Passkey name").fill("E2E authenticator");
  await page.getByRole("button", { name: "Add a passkey" }).click();
  await expect(page.getByRole("list", { name: "Passkeys" })).toContainText("E2E authenticator");
  await signOut(page);

  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in with a passkey" }).click();
  await expect(page).toHaveURL(/\/dashboard/);
});

test("platform admin: 403 second_factor_required and /admin → step-up until a TOTP code is verified", async ({ page, browser, baseURL }, info) => {
  // A tenant for the admin route to act on.
  await signUp(page, { name: "Tenant Owner", email: uniqueEmail("tenant-owner") });
  await expect(page).toHaveURL(/\/dashboard/);
  const me = (await (await page.request.get("/me")).json()) as { tenants: { id: string }[] };
  const tenantId = me.tenants[0]!.id;
  await page.context().clearCookies();

  // The admin signs up (listed in PLATFORM_ADMIN_EMAILS) and verifies the address from the mailbox.
  const adminEmail = `e2e-admin-${info.retry}@e2e.keel.local`;
  await signUp(page, { name: "Plat Form", email: adminEmail });
  await expect(page).toHaveURL(/\/dashboard/);
  await verifyEmailFromMailbox(page);

  // A second device signed in before two-factor was on: its session never proved a second factor.
  const other = await browser.newContext({ baseURL });
  const device = await other.newPage();
  await signInWithPassword(device, adminEmail);
  await expect(device).toHaveURL(/\/dashboard/);

  const secret = await enrolTotp(page);

  const credit = () =>
    device.request.post(`/platform/tenants/${tenantId}/credits`, {
      headers: { origin: baseURL! },
      data: { amount: 1, reason: "e2e step-up", idempotencyKey: `e2e-${Date.now()}-${Math.random()}` },
    });
  const refused = await credit();
  expect(refused.status()).toBe(403);
  expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("second_factor_required");

  await device.goto("/admin");
  await expect(device).toHaveURL(/\/step-up/);
  await device.getByLabel("Authentication code").fill(totp(secret));
  await device.getByRole("button", { name: "Verify and continue" }).click();
  await expect(device).toHaveURL(/\/admin$/);
  await expect(device.getByRole("heading", { name: "Overview" })).toBeVisible();
  expect((await credit()).status()).toBe(200);
  await other.close();
});
