import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

/**
 * Dodo webhook payloads as Dodo sends them, one file per event type in
 * tests/providers/dodo/webhooks/, each naming where its shape comes from in `$source` (the SDK
 * type file in dodopayments 2.52, and the docs page). This loads one and makes it this test's:
 * `$source` is dropped, every time moves by the same amount (so the fixture's own order and gaps
 * hold, near now), provider ids get the run's suffix (a Postgres test database outlives runs),
 * and the checkout metadata names this test's tenant and checkout.
 */
export const fixtureDir = join(process.cwd(), "tests", "providers", "dodo", "webhooks");

/** The time every fixture timeline starts from (subscription.active): mapped to `start`. */
const fixtureEpoch = Date.parse("2026-03-02T10:15:00Z");

const idKeys = new Set(["subscription_id", "payment_id", "customer_id", "refund_id", "dispute_id"]);
const isoTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

export type DodoFixtureName =
  | "subscription.active"
  | "subscription.renewed"
  | "subscription.on_hold"
  | "subscription.past_due"
  | "subscription.plan_changed"
  | "subscription.cancelled"
  | "subscription.failed"
  | "subscription.expired"
  | "payment.succeeded"
  | "payment.succeeded.credit-pack"
  | "payment.failed"
  | "refund.succeeded"
  | "dispute.opened";

export function fixtureNames(): string[] {
  return readdirSync(fixtureDir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => f.replace(/\.json$/, ""));
}

/** The fixture as stored, `$source` and all. */
export function rawFixture(name: string): Record<string, unknown> & { $source: string; type: string; timestamp: string; data: Record<string, unknown> } {
  return JSON.parse(readFileSync(join(fixtureDir, `${name}.json`), "utf8"));
}

export type FixtureOptions = {
  tenantId: string;
  /** Appended to every provider id. */
  run: string;
  /** Where the fixture epoch lands. */
  start: Date;
  checkoutId?: string;
  /** Fields of `data` to replace before the shift (in the fixture's own time and ids). */
  data?: Record<string, unknown>;
  /** The envelope's timestamp, before the shift. */
  timestamp?: string;
};

function adapt(value: unknown, key: string, shiftMs: number, run: string): unknown {
  if (typeof value === "string") {
    if (idKeys.has(key)) return `${value}_${run}`;
    if (isoTime.test(value)) return new Date(Date.parse(value) + shiftMs).toISOString();
    return value;
  }
  if (Array.isArray(value)) return value.map((item) => (key === "subscription_ids" && typeof item === "string" ? `${item}_${run}` : adapt(item, "", shiftMs, run)));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, adapt(v, k, shiftMs, run)]));
  return value;
}

/** The payload to sign and send, and its parsed form (for the expected values). */
export function dodoFixture(name: DodoFixtureName, opts: FixtureOptions) {
  const { $source: _source, ...raw } = rawFixture(name);
  void _source;
  const shaped = { ...raw, ...(opts.timestamp ? { timestamp: opts.timestamp } : {}), data: { ...raw.data, ...opts.data } };
  const payload = adapt(shaped, "", opts.start.getTime() - fixtureEpoch, opts.run) as typeof shaped;
  const metadata = payload.data.metadata as Record<string, string> | undefined;
  if (metadata && Object.keys(metadata).length > 0) {
    metadata.tenant_id = opts.tenantId;
    if (opts.checkoutId) metadata.checkout_id = opts.checkoutId;
    else delete metadata.checkout_id;
  }
  return { body: JSON.stringify(payload), payload };
}

/** A fixture time (as written in the file) where this test's timeline puts it. */
export function shifted(fixtureTime: string, start: Date): Date {
  return new Date(Date.parse(fixtureTime) + start.getTime() - fixtureEpoch);
}
