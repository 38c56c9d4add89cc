import { createHmac } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

let counter = 0;
export function uniqueEmail(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}@e2e.keel.local`;
}

export const password = "violet-ferry-42-anchor";

/** Signs up through the UI and waits for the dashboard. */
export async function signUp(page: Page, { name, email, path = "/sign-up" }: { name: string; email: string; path?: string }) {
  await page.goto(path);
  await page.getByLabel("Name").fill(name);
  const emailInput = page.getByLabel("Email");
  if ((await emailInput.inputValue()) !== email) await emailInput.fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign up" }).click();
}

/** Invites `email` with `role` from the team page. The link goes only to the invitee's inbox. */
export async function invite(page: Page, email: string, role: string): Promise<void> {
  await page.goto("/dashboard/team");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Role").first().selectOption(role);
  await page.getByRole("button", { name: "Invite" }).click();
  await expect(page.getByRole("row").filter({ hasText: email })).toBeVisible();
}

/**
 * Opens the newest invitation email in the signed-in invitee's local mailbox and follows its
 * link, as the invitee would: the link's token proves they read mail at the address.
 */
export async function followInvitationEmail(page: Page): Promise<void> {
  await page.goto("/dashboard/dev/mailbox");
  await page.getByRole("navigation", { name: "Messages" }).getByRole("link").filter({ hasText: /invit/i }).first().click();
  const href = await page.frameLocator("iframe").locator('a[href*="/accept-invitation/"]').first().getAttribute("href");
  expect(href).toMatch(/\/accept-invitation\/inv_[^?]+\?token=/);
  await page.goto(href!);
}

/** The tenant selected in the header's switcher. */
export function activeTenant(page: Page) {
  return page.getByRole("combobox", { name: "Active tenant" }).locator("option:checked");
}

/** RFC 6238 (HMAC-SHA-1, 30 s, 6 digits) over the base32 secret the settings page shows. */
export function totp(base32Secret: string, at = Date.now()): string {
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
export async function enrolTotp(page: Page): Promise<string> {
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

/** Follows the newest address-verification link in the signed-in user's local mailbox. */
export async function verifyEmailFromMailbox(page: Page): Promise<void> {
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
}

/** Accessibility violations axe finds on the page as it is now (WCAG 2.1 A and AA rules). */
export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}
