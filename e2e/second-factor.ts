import { createHmac } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { password } from "./helpers";

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
  await card.getByLabel("Code from the app").fill(totp(secret));
  await card.getByRole("button", { name: "Confirm and turn on" }).click();
  await expect(card.getByText("Two-factor authentication is on")).toBeVisible();
  await card.getByRole("button", { name: "I have saved them" }).click();
  return secret;
}

/** Follows the verification link in the signed-in user's newest mail (local mailbox). */
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
