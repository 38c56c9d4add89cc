/**
 * Regenerates the portal screenshots on the landing page (public/marketing/*.webp) from the seeded
 * demo app, as a visitor would see it:
 *
 *   npm run build && npx tsx e2e/marketing-screenshots.ts
 *
 * Seeds a fresh embedded database (.data/screenshots), starts `next start` on SCREENSHOT_PORT
 * (default 3199), signs in as the paid demo tenant's owner, captures each page at 1280×800 and
 * encodes it as WebP in the browser (canvas.toBlob), so no image library is needed. Prints each
 * file's size; the landing page budget is < 120 KB per image.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { chromium } from "@playwright/test";

const port = Number(process.env.SCREENSHOT_PORT ?? 3199);
const origin = `http://localhost:${port}`;
const dataDir = ".data/screenshots";
const outDir = "public/marketing";
const quality = 0.8;
const shots = [
  { file: "billing.webp", path: "/dashboard/billing" },
  { file: "credits.webp", path: "/dashboard/credits" },
  { file: "team.webp", path: "/dashboard/team" },
] as const;

const env = {
  ...process.env,
  DATABASE_URL: `pglite:${dataDir}`,
  BETTER_AUTH_URL: origin,
  BETTER_AUTH_SECRET: "screenshots-secret-screenshots-secret-0123",
  AUTH_EMAIL_VERIFICATION: "optional",
  BILLING_PROVIDER: "simulator",
  BILLING_SIMULATOR_WEBHOOK_SECRET: "whsec_c2NyZWVuc2hvdHMtb25seS1zaW11bGF0b3ItMTIzNDU=",
};

rmSync(dataDir, { recursive: true, force: true });
rmSync(`${dataDir}.lock`, { force: true });
// Seeding runs in development mode: it refuses NODE_ENV=production (its logins are public).
const seeded = spawnSync("npx", ["tsx", "seed/run.ts"], { env: { ...env, NODE_ENV: "development" }, stdio: ["ignore", "ignore", "inherit"] });
if (seeded.status !== 0) throw new Error("Seeding failed.");

const server = spawn("node", ["node_modules/next/dist/bin/next", "start", "-p", String(port)], { env, stdio: "ignore", detached: true });
try {
  await waitForHealth();
  const browser = await chromium.launch({
    executablePath: existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
    args: ["--no-sandbox", "--disable-gpu"],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: "en-US", colorScheme: "light" });
  const encoder = await browser.newPage();
  await page.goto(`${origin}/sign-in`);
  await page.getByLabel("Email").fill("owner@paid.keel.local");
  await page.getByLabel("Password").fill("keel-demo-password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL(/\/dashboard/);
  mkdirSync(outDir, { recursive: true });
  for (const shot of shots) {
    await page.goto(`${origin}${shot.path}`);
    await page.waitForLoadState("networkidle");
    const png = await page.screenshot({ type: "png" });
    // Encoded on a blank page: the app's CSP (rightly) refuses the data: URL fetch.
    const webp = await encoder.evaluate(async ({ base64, quality }) => {
      const png = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([png], { type: "image/png" }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      canvas.getContext("2d")!.drawImage(bitmap, 0, 0);
      const blob = await canvas.convertToBlob({ type: "image/webp", quality });
      let binary = "";
      for (const byte of new Uint8Array(await blob.arrayBuffer())) binary += String.fromCharCode(byte);
      return btoa(binary);
    }, { base64: png.toString("base64"), quality });
    const bytes = Buffer.from(webp, "base64");
    writeFileSync(`${outDir}/${shot.file}`, bytes);
    console.log(`${outDir}/${shot.file}  ${shot.path}  ${(bytes.length / 1024).toFixed(1)} KB`);
  }
  await browser.close();
} finally {
  process.kill(-server.pid!, "SIGTERM");
}

async function waitForHealth() {
  for (let i = 0; i < 120; i++) {
    const ok = await fetch(`${origin}/internal/health`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${origin} did not start.`);
}
