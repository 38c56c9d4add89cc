import { createHmac } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { password, signUp, uniqueEmail } from "./helpers";

/** RFC 6238 (HMAC-SHA-1, 30 s, 6 digits) over the base32 secret the settings page shows. */
function totp(base32Secret: string, at = Date.now()): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = "";
  for (const char of base32Secret.toUpperCase()) bits += alphabet.indexOf(char).toString(2).padStart(5, "0");
  const key = Buffer.from(Array.from({ length: Math.floor(bits.length / 8) }, (_, i) => parseInt(bits.slice(i * 8, i * 8 + 8), 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 30_000)));
  const mac = createHmac("sha1", key).update(counter).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  return ((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).toString().padStart(6, "0");
}

/** Turns TOTP on in settings; returns the base32 secret. */
async function enrolTotp(page: Page): Promise<string> {
  await page.goto("/dashboard/settings");
  const card = page.locator("#security");
  await card.getByLabel("Current password").fill(password);
  await card.getByRole("button", { name: "Set up two-factor" }).click();
  const secret = (await card.getByTestId("totp-secret").textContent())!.trim();
  expect(secret).toMatch(/^[A-Z2-7]+$/);
  await expect(card.getByRole("img", { name: /QR code/ })).toBeVisible();
  await card.getByLabel("Code from the app").fill(totp(secret));
  await card.getByRole("button", { name: "Confirm and turn on" }).click();
  await expect(card.getByText("Two-factor authentication is on")).toBeVisible();
  await expect(card.getByRole("list", { name: "Backup codes" }).getByRole("listitem")).toHaveCount(10);
  await card.getByRole("button", { name: "I have saved them" }).click();
  await expect(card.getByRole("button", { name: "Turn off two-factor" })).toBeVisible();
  return secret;
}

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
  let link = "";
  await expect
    .poll(async () => {
      await page.goto("/dashboard/dev/mailbox");
      const html = (await page.locator("iframe").first().getAttribute("srcdoc").catch(() => null)) ?? "";
      link = /https?:\/\/[^"\s<]+verify-email[^"\s<]*/.exec(html)?.[0]?.replace(/&amp;/g, "&") ?? "";
      return link;
    })
    .not.toBe("");
  await page.goto(link);

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
