import { z } from "zod";
import { appUrl } from "@/lib/auth/config";
import { defaultConsentGranted } from "@/lib/consent";
import { clientIp } from "@/lib/http/client-ip";
import { rateLimit } from "@/lib/rate-limit";
import { normalizeCode, recordClick } from "./attribution";
import { referralCookie } from "./catalog";

export const referralRedirectResponse = z.null().describe("303 to `/sign-up?ref=<code>` (to `/sign-up` for an unknown code).");

/** Clicks counted per client address and code: 20 an hour, so a reload loop does not inflate them. */
const clickLimit = { limit: 20, windowSeconds: 3600 };

export async function referralRedirect(req: Request, raw: string): Promise<Response> {
  const code = normalizeCode(raw);
  const counted = code ? (await rateLimit(`referral-click:${clientIp(req) ?? "unknown"}:${code}`, clickLimit)).success : false;
  const known = code ? (counted ? await recordClick(code) : true) : false;
  const headers = new Headers({ location: `${appUrl}/sign-up${known && code ? `?ref=${code}` : ""}`, "cache-control": "no-store" });
  if (known && code && defaultConsentGranted()) {
    const secure = appUrl.startsWith("https:") ? "; Secure" : "";
    headers.append("set-cookie", `${referralCookie}=${code}; Path=/; Max-Age=${30 * 86_400}; HttpOnly; SameSite=Lax${secure}`);
  }
  return new Response(null, { status: 303, headers });
}
