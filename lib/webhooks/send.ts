import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import type { LookupFunction } from "node:net";
import { DomainError } from "@/lib/errors";
import type { SignedHeaders } from "./signing";
import { parseWebhookUrl, resolveAllowedAddress } from "./url-guard";
import type { UrlPolicy } from "./settings";

/** How long a receiver has to answer (Svix's figure). */
export const deliveryTimeoutMs = 15_000;
/** How much of the response body the attempt log keeps. */
export const responseBodyLimit = 1024;

export type AttemptResult = {
  /** null when no response came: refused address, timeout, connection error. */
  status: number | null;
  body: string | null;
  error: string | null;
  durationMs: number;
};

/**
 * POSTs one signed message. The URL is checked again here (the endpoint may be older than the
 * policy, or its name may now resolve elsewhere), and the socket connects to the address that was
 * checked: the `lookup` hands Node that address instead of resolving the name a second time.
 * Redirects are not followed (node:http never does), so a 3xx counts as a failure like Svix's.
 * Never throws: every outcome is an attempt to log.
 */
export async function sendWebhook(input: { url: string; body: string; headers: SignedHeaders; policy: UrlPolicy; timeoutMs?: number }): Promise<AttemptResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  let url: URL;
  let pinned: { address: string; family: 4 | 6 };
  try {
    url = parseWebhookUrl(input.url, input.policy);
    pinned = await resolveAllowedAddress(url, input.policy);
  } catch (error) {
    const message = error instanceof DomainError ? error.message : "The URL could not be checked.";
    return { status: null, body: null, error: message, durationMs: elapsed() };
  }
  const lookup: LookupFunction = (_hostname, options, callback) => {
    if (options.all) (callback as (err: null, addresses: { address: string; family: number }[]) => void)(null, [pinned]);
    else callback(null, pinned.address, pinned.family);
  };
  const request = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise<AttemptResult>((resolve) => {
    const req = request(
      url,
      {
        method: "POST",
        lookup,
        headers: { ...input.headers, "content-type": "application/json", "content-length": Buffer.byteLength(input.body), "user-agent": "Keel-Webhooks/1.0" },
        signal: AbortSignal.timeout(input.timeoutMs ?? deliveryTimeoutMs),
      },
      (res) => void readStart(res).then((body) => resolve({ status: res.statusCode ?? null, body, error: null, durationMs: elapsed() })),
    );
    req.on("error", (error) => {
      const timedOut = error.name === "AbortError" || error.name === "TimeoutError";
      resolve({ status: null, body: null, error: timedOut ? `No answer within ${(input.timeoutMs ?? deliveryTimeoutMs) / 1000} s.` : `Request failed: ${error.message}`, durationMs: elapsed() });
    });
    req.end(input.body);
  });
}

/** The body's first KB, then the connection is dropped: a receiver cannot make us read megabytes. */
function readStart(res: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = () => {
      res.removeAllListeners("data");
      resolve(Buffer.concat(chunks).subarray(0, responseBodyLimit).toString("utf8"));
    };
    res.on("data", (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size >= responseBodyLimit) {
        finish();
        res.destroy();
      }
    });
    res.on("end", finish);
    res.on("error", finish);
    res.on("close", finish);
  });
}
