import { randomUUID } from "node:crypto";
import { z } from "zod";
import { bearer, describeIssues, header, listen, parseJson, type Reply, type StandIn } from "./stand-in";

/**
 * A stand-in for Resend's `POST /emails` (https://resend.com/docs/api-reference/emails/send-email),
 * with its idempotency keys (https://resend.com/docs/dashboard/emails/idempotency-keys) and its
 * error shape `{ statusCode, message, name }` (https://resend.com/docs/api-reference/errors).
 * The body schema is written from resend 6.38's `CreateEmailOptions` as `parseEmailToApiOptions`
 * puts it on the wire (snake_case); a field Resend does not know is refused.
 */

const tagPart = z.string().regex(/^[A-Za-z0-9_-]{1,256}$/, "ASCII letters, numbers, underscores or dashes, at most 256");
const addresses = z.union([z.string(), z.array(z.string()).min(1).max(50)]);

export const sendEmailBody = z
  .object({
    from: z.string().optional(),
    to: addresses,
    subject: z.string().optional(),
    bcc: addresses.optional(),
    cc: addresses.optional(),
    reply_to: addresses.optional(),
    html: z.string().optional(),
    text: z.string().optional(),
    headers: z.record(z.string(), z.string()).optional(),
    attachments: z
      .array(z.object({ content: z.string().optional(), filename: z.string().optional(), path: z.string().optional(), content_type: z.string().optional(), content_id: z.string().optional() }).strict())
      .optional(),
    tags: z.array(z.object({ name: tagPart, value: tagPart }).strict()).optional(),
    scheduled_at: z.string().optional(),
    topic_id: z.string().nullable().optional(),
    template: z.object({ id: z.string(), variables: z.record(z.string(), z.union([z.string(), z.number()])).optional() }).strict().optional(),
  })
  .strict();
export type SendEmailBody = z.infer<typeof sendEmailBody>;

// `email@example.com` or `Name <email@example.com>`, as Resend's error message puts it.
const mailbox = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;
const fromPattern = /^(?:[^<>]*<\s*([^\s<>]+)\s*>|([^\s<>]+))$/;

function validSender(from: string): boolean {
  const match = fromPattern.exec(from.trim());
  const address = match?.[1] ?? match?.[2];
  return address !== undefined && mailbox.test(address);
}

const list = (value: string | string[] | undefined) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** A message Resend accepted (and would deliver), once per idempotency key. */
export type SentEmail = { id: string; idempotencyKey: string | undefined; body: SendEmailBody };

/** Every request that reached the stand-in, with the status it got. */
export type ResendRequest = { idempotencyKey: string | undefined; body: unknown; status: number | "hang-up" };

type ResendErrorName = "validation_error" | "missing_required_field" | "invalid_from_address" | "invalid_idempotency_key" | "invalid_idempotent_request" | "missing_api_key" | "not_found" | "method_not_allowed" | "rate_limit_exceeded" | "application_error";

export type ResendApi = StandIn & {
  sent: SentEmail[];
  requests: ResendRequest[];
  /** Answers the next request with this error instead of handling it (a 429, a 500). */
  failNext(statusCode: number, name: ResendErrorName, message?: string): void;
  /** Accepts the next valid message, then drops the connection: the answer is lost. */
  hangUpAfterNextSend(): void;
};

function error(statusCode: number, name: ResendErrorName, message: string): Reply {
  return { status: statusCode, body: { statusCode, message, name } };
}

export async function startResendApi(opts: { apiKey: string }): Promise<ResendApi> {
  const sent: SentEmail[] = [];
  const requests: ResendRequest[] = [];
  const failures: Reply[] = [];
  const byKey = new Map<string, { id: string; canonical: string }>();
  let hangUp = false;

  function handle(method: string, path: string, headers: Parameters<typeof bearer>[0], text: string): Reply {
    if (path !== "/emails") return error(404, "not_found", "The requested endpoint does not exist.");
    if (method !== "POST") return error(405, "method_not_allowed", "Method is not allowed for the requested path.");
    const key = bearer(headers);
    if (!key) return error(401, "missing_api_key", "Missing API key in the authorization header.");
    if (key !== opts.apiKey) return error(401, "validation_error", "API key is invalid");
    const failure = failures.shift();
    if (failure) return failure;

    const idempotencyKey = header(headers, "idempotency-key");
    if (idempotencyKey !== undefined && (idempotencyKey.length < 1 || idempotencyKey.length > 256)) {
      return error(400, "invalid_idempotency_key", "Idempotency keys, if present, must have between 1 and 256 characters.");
    }
    const json = parseJson(text);
    if (!json.ok || typeof json.value !== "object" || json.value === null || Array.isArray(json.value)) return error(400, "validation_error", "Invalid JSON body.");
    const raw = json.value as Record<string, unknown>;
    const required = raw.template === undefined ? ["from", "to", "subject"] : ["to"];
    const missing = required.find((field) => raw[field] === undefined);
    if (missing) return error(422, "missing_required_field", `Missing \`${missing}\` field.`);
    const parsed = sendEmailBody.safeParse(raw);
    if (!parsed.success) return error(400, "validation_error", describeIssues(parsed.error));
    const body = parsed.data;
    if (body.from !== undefined && !validSender(body.from)) {
      return error(422, "invalid_from_address", "Invalid `from` field. The email address needs to follow the `email@example.com` or `Name <email@example.com>` format.");
    }
    const badRecipient = [...list(body.to), ...list(body.cc), ...list(body.bcc)].find((address) => !validSender(address));
    if (badRecipient !== undefined) return error(422, "validation_error", `Invalid \`to\` field. The email address needs to follow the \`email@example.com\` or \`Name <email@example.com>\` format: ${badRecipient}`);
    if (body.template === undefined && body.html === undefined && body.text === undefined) return error(422, "validation_error", "Missing `html` or `text` field.");

    const canonical = JSON.stringify(body);
    if (idempotencyKey !== undefined) {
      const earlier = byKey.get(idempotencyKey);
      // Within its window a key answers its first response again, and sends nothing new.
      if (earlier && earlier.canonical === canonical) return { status: 200, body: { id: earlier.id } };
      if (earlier) return error(409, "invalid_idempotent_request", "Same idempotency key used with a different request payload.");
    }
    const id = randomUUID();
    sent.push({ id, idempotencyKey, body });
    if (idempotencyKey !== undefined) byKey.set(idempotencyKey, { id, canonical });
    if (hangUp) {
      hangUp = false;
      return "hang-up";
    }
    return { status: 200, body: { id } };
  }

  const server = await listen(({ method, url, headers, text }) => {
    const reply = handle(method, url.pathname, headers, text);
    const json = parseJson(text);
    requests.push({ idempotencyKey: header(headers, "idempotency-key"), body: json.ok ? json.value : text, status: reply === "hang-up" ? reply : reply.status });
    return reply;
  });
  return {
    ...server,
    sent,
    requests,
    failNext: (statusCode, name, message = `Stand-in ${statusCode}`) => failures.push(error(statusCode, name, message)),
    hangUpAfterNextSend: () => {
      hangUp = true;
    },
  };
}
