import { Webhook, WebhookVerificationError } from "standardwebhooks";
import { z } from "zod";
import { db } from "@/db/client";
import { emailWebhookDeliveries } from "@/db/schema/email";
import { env } from "@/lib/env";
import { coreError, errors } from "@/lib/errors";
import { readTextBody, parseJson } from "@/lib/http/body";
import { zodFieldErrors } from "@/lib/http/zod";
import { suppressAddresses, type SuppressionReason } from "./suppression";

/** The part of Resend's `email.bounced` / `email.complained` payloads this app reads. */
const resendEvent = z.object({
  type: z.string().min(1).max(100),
  created_at: z.string().max(100).optional(),
  data: z.object({
    // Resend sends a list; a single string is accepted too.
    to: z.union([z.array(z.string().max(320)).max(50), z.string().max(320)]).optional(),
    bounce: z.object({ type: z.string().max(100), subType: z.string().max(100), message: z.string().max(2000) }).partial().optional(),
  }),
});

type ResendEvent = z.infer<typeof resendEvent>;

export type ResendWebhookResult = {
  /** `duplicate`: this message id was handled before, nothing changed. */
  status: "applied" | "duplicate" | "ignored";
  /** Addresses newly suppressed by this delivery. */
  suppressed: string[];
};

/**
 * `POST /email/webhooks/resend`. Resend signs with Svix, which is the Standard Webhooks scheme
 * under `svix-*` header names: the signature is checked over the raw body with
 * RESEND_WEBHOOK_SECRET; a bad or stale one answers 401 (invalid_signature) and stores nothing.
 * A hard bounce or a complaint suppresses the recipients; everything else is acknowledged and
 * ignored. Each message id is handled once.
 */
export async function receiveResendWebhook(req: Request, secret: string | null | undefined = env.RESEND_WEBHOOK_SECRET): Promise<ResendWebhookResult> {
  if (!secret) throw coreError("not_found", "Resend webhooks are not configured here: set RESEND_WEBHOOK_SECRET.");
  const raw = await readTextBody(req, 256 * 1024);
  const messageId = verify(secret, raw, req.headers);
  const parsed = resendEvent.safeParse(parseJson(raw));
  if (!parsed.success) throw errors.validation(zodFieldErrors(parsed.error), "The webhook payload is not a Resend event this app understands.");
  const action = suppressionFor(parsed.data);
  if (!action) return { status: "ignored", suppressed: [] };

  return db.transaction(async (tx) => {
    const [first] = await tx
      .insert(emailWebhookDeliveries)
      .values({ provider: "resend", id: messageId, type: parsed.data.type })
      .onConflictDoNothing()
      .returning({ id: emailWebhookDeliveries.id });
    if (!first) return { status: "duplicate" as const, suppressed: [] };
    const suppressed = await suppressAddresses(tx, { ...action, eventId: messageId, occurredAt: occurredAt(parsed.data) });
    return { status: "applied" as const, suppressed };
  });
}

/**
 * What a Resend event means for the suppression list. `email.bounced` with a `Transient` (soft:
 * mailbox full, server busy) or `Undetermined` bounce type suppresses nothing; `Permanent`, or no
 * type (Resend documents the event as a permanent rejection), does. A complaint always does.
 */
export function suppressionFor(event: ResendEvent): { reason: SuppressionReason; addresses: string[]; detail: string | null } | null {
  const to = event.data.to;
  const addresses = (Array.isArray(to) ? to : to ? [to] : []).map(bareAddress).filter((a) => a.includes("@"));
  if (addresses.length === 0) return null;
  if (event.type === "email.complained") return { reason: "complaint", addresses, detail: null };
  if (event.type !== "email.bounced") return null;
  const kind = event.data.bounce?.type?.toLowerCase();
  if (kind !== undefined && kind !== "permanent") return null;
  const bounce = event.data.bounce;
  const detail = [bounce?.subType, bounce?.message].filter(Boolean).join(": ") || null;
  return { reason: "bounce", addresses, detail };
}

/** `Ada <ada@example.com>` → `ada@example.com`. */
function bareAddress(value: string): string {
  const angle = /<([^>]+)>/.exec(value);
  return (angle?.[1] ?? value).trim().toLowerCase();
}

function occurredAt(event: ResendEvent): Date {
  const at = event.created_at ? new Date(event.created_at) : new Date();
  return Number.isNaN(at.getTime()) ? new Date() : at;
}

const headerPairs = [
  ["svix-id", "webhook-id"],
  ["svix-timestamp", "webhook-timestamp"],
  ["svix-signature", "webhook-signature"],
] as const;

/** Checks the signature; returns the message id. Accepts Svix's header names or Standard Webhooks'. */
function verify(secret: string, raw: string, headers: Headers): string {
  const values: Record<string, string> = {};
  const missing: string[] = [];
  for (const [svix, standard] of headerPairs) {
    const value = headers.get(svix) ?? headers.get(standard);
    if (value) values[standard] = value;
    else missing.push(svix);
  }
  if (missing.length) throw coreError("invalid_signature", `Webhook signature check failed: missing ${missing.join(", ")}.`);
  // Outside the try: a malformed secret is a configuration error (500, reported), not a bad caller.
  const webhook = new Webhook(secret);
  try {
    // jsonParse off: the body is parsed afterwards, so a signed but malformed body answers 400, not 401.
    webhook.verify(raw, values, { jsonParse: false });
  } catch (error) {
    const reason = error instanceof WebhookVerificationError ? error.message : "the signature does not match";
    throw coreError("invalid_signature", `Webhook signature check failed: ${reason}.`);
  }
  return values["webhook-id"] ?? "";
}
