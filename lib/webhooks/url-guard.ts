import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";
import { DomainError } from "@/lib/errors";
import { webhookError } from "./catalog";
import type { UrlPolicy } from "./settings";

/**
 * The SSRF guard. A webhook URL is the one place where a tenant makes this server send requests
 * to an address of their choosing, so it must never reach the server's own network: loopback,
 * private, link-local (cloud metadata at 169.254.169.254), CGNAT, and their IPv6 forms, including
 * IPv4-mapped (::ffff:127.0.0.1), NAT64 and 6to4 addresses that embed a private IPv4 address.
 *
 * Checked at creation and again at each delivery after DNS resolution, and the request connects
 * to the very address that was checked (`resolveAllowedAddress` → the `lookup` in send.ts), so a
 * name that resolves differently the second time (DNS rebinding) cannot slip through.
 *
 * Written here rather than taken from a package: what it needs is Node's own BlockList and one
 * table, and the packages that do this (ssrf-req-filter, request-filtering-agent) wrap agents for
 * http.get and don't expose the check for the creation-time answer.
 */
const blocked = new BlockList();
const ipv4Ranges: [string, number][] = [
  ["0.0.0.0", 8], // "this network"
  ["10.0.0.0", 8], // private
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8], // loopback
  ["169.254.0.0", 16], // link-local, cloud metadata
  ["172.16.0.0", 12], // private
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.0.2.0", 24], // documentation
  ["192.88.99.0", 24], // 6to4 relay anycast
  ["192.168.0.0", 16], // private
  ["198.18.0.0", 15], // benchmarking
  ["198.51.100.0", 24], // documentation
  ["203.0.113.0", 24], // documentation
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast
];
const ipv6Ranges: [string, number][] = [
  ["::", 128], // unspecified
  ["::1", 128], // loopback
  ["64:ff9b:1::", 48], // local-use NAT64
  ["100::", 64], // discard
  ["2001:db8::", 32], // documentation
  ["fc00::", 7], // unique local (AWS's fd00:ec2::254 metadata too)
  ["fe80::", 10], // link-local
  ["fec0::", 10], // site-local (deprecated)
  ["ff00::", 8], // multicast
];
for (const [address, prefix] of ipv4Ranges) blocked.addSubnet(address, prefix, "ipv4");
for (const [address, prefix] of ipv6Ranges) blocked.addSubnet(address, prefix, "ipv6");

/** The IPv4 address an IPv6 address carries in its last 32 bits, for the NAT64 and 6to4 forms. */
function embeddedIpv4(address: string): string | null {
  const groups = expandIpv6(address);
  if (!groups) return null;
  const nat64 = groups.slice(0, 6).join(":") === "64:ff9b:0:0:0:0";
  const sixToFour = groups[0] === "2002";
  if (!nat64 && !sixToFour) return null;
  const [high, low] = sixToFour ? [groups[1]!, groups[2]!] : [groups[6]!, groups[7]!];
  const bytes = [parseInt(high, 16) >> 8, parseInt(high, 16) & 255, parseInt(low, 16) >> 8, parseInt(low, 16) & 255];
  return bytes.join(".");
}

function expandIpv6(address: string): string[] | null {
  if (address.includes(".")) return null; // mixed notation (::ffff:1.2.3.4): BlockList handles the mapped form itself
  const [head = "", tail = ""] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = address.includes("::") ? (tail ? tail.split(":") : []) : [];
  const fill = address.includes("::") ? Array(8 - left.length - right.length).fill("0") : [];
  return [...left, ...fill, ...right].map((g) => parseInt(g, 16).toString(16));
}

/** Whether a literal IP address is one a webhook may never reach. */
export function isPrivateAddress(address: string): boolean {
  const version = isIP(address);
  if (version === 4) return blocked.check(address, "ipv4");
  if (version !== 6) return true; // not an address at all: refuse rather than guess
  // BlockList matches IPv4-mapped IPv6 (::ffff:a.b.c.d) against the IPv4 rules by itself.
  if (blocked.check(address, "ipv6")) return true;
  const embedded = embeddedIpv4(address);
  return embedded !== null && blocked.check(embedded, "ipv4");
}

const localhostNames = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Parses and checks a URL's form: http(s) only, https unless the policy allows http (anywhere,
 * or to localhost only). Throws 422 `url_not_allowed`.
 */
export function parseWebhookUrl(raw: string, policy: UrlPolicy): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw webhookError("url_not_allowed", "The webhook URL is not a valid absolute URL.");
  }
  const isLocalhost = localhostNames.has(url.hostname) || url.hostname.endsWith(".localhost");
  if (url.protocol === "http:") {
    if (policy.http === "none" || (policy.http === "localhost" && !isLocalhost)) {
      throw webhookError("url_not_allowed", "Webhook URLs must use https.");
    }
  } else if (url.protocol !== "https:") {
    throw webhookError("url_not_allowed", "Webhook URLs must use https.");
  }
  return url;
}

/**
 * Resolves the URL's host and returns the address to connect to. Every address the name resolves
 * to must be public (unless the policy allows private ones): one private answer among public ones
 * is how rebinding attacks start. Throws 422 `url_not_allowed`.
 */
export async function resolveAllowedAddress(url: URL, policy: UrlPolicy): Promise<{ address: string; family: 4 | 6 }> {
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  const answers = isIP(host) ? [{ address: host, family: isIP(host) }] : await lookup(host, { all: true, verbatim: true }).catch(() => []);
  if (answers.length === 0) throw new UnresolvedHost(host);
  if (!policy.allowPrivate && answers.some((a) => isPrivateAddress(a.address))) {
    throw webhookError("url_not_allowed", `The webhook host ${host} resolves to a private or reserved address.`);
  }
  const first = answers[0]!;
  return { address: first.address, family: first.family === 6 ? 6 : 4 };
}

/** A name with no address (yet): nothing to connect to, so nothing to refuse either. */
export class UnresolvedHost extends DomainError {
  constructor(host: string) {
    super("url_not_allowed", webhookError.codes.url_not_allowed, `The webhook host ${host} could not be resolved.`);
  }
}

/**
 * Both checks, for creating or updating an endpoint. A name that does not resolve yet is accepted
 * (its DNS records may come later, and there is no address to refuse); each delivery resolves it
 * again and refuses what is private then.
 */
export async function assertWebhookUrlAllowed(raw: string, policy: UrlPolicy): Promise<URL> {
  const url = parseWebhookUrl(raw, policy);
  await resolveAllowedAddress(url, policy).catch((error: unknown) => {
    if (!(error instanceof UnresolvedHost)) throw error;
  });
  return url;
}
