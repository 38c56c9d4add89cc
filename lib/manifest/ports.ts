import type { SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";

/**
 * Ports: what one optional module offers others without either importing the other. The type
 * lives here, in core; a module provides an implementation in its manifest (`provides`), lib/app
 * passes it to whoever needs it, and each side can be removed alone.
 */

/** Spending a tenant's credits. The credits module provides it; api-keys and usage charge through it. */
export type CreditsPort = {
  /**
   * Deducts `amount` credits, in `executor`'s transaction when one is given (so a refusal undoes
   * the caller's other writes). Idempotent per `idempotencyKey`; throws `insufficient_credits`
   * (402) when the balance cannot cover it, and changes nothing then.
   */
  spend(
    input: { tenantId: string; amount: number; reason: string; idempotencyKey: string; now?: Date },
    executor?: Executor,
  ): Promise<{ balance: number; duplicate: boolean }>;
  /**
   * The same spend as one SQL expression, for a caller that puts a whole metered call in one
   * statement. Evaluates to `{ balance, lowBalanceDue }`; when the spend is anything but the common
   * case (credits short, grants to expire, a repeated key) it raises SQLSTATE `KS001`, the
   * statement rolls back, and the caller uses `spend` instead, which answers exactly. Optional: without it callers use `spend`.
   */
  spendExpression?(input: { tenantId: string; amount: number; reason: string; idempotencyKey: string; now?: Date }): SQL;
  /** After a statement with `spendExpression` committed: sends the low-balance warning it said is due. */
  settleSpend?(tenantId: string, spent: { balance: number; lowBalanceDue: boolean }): Promise<void>;
};

/** Segment memberships. The segments module provides it; flags match `segments` rules through it. */
export type SegmentsPort = {
  /** The keys of the live segments the user or the tenant is in now (as of the last computation). */
  membershipsOf(input: { userId?: string | null; tenantId?: string | null }): Promise<string[]>;
};

/**
 * A person's recorded consents. The privacy module provides it; product analytics asks it before
 * anything leaves Keel. Pass the transaction a caller is in (sign-up tracks inside one): PGlite has
 * one connection, so a second one would wait for the transaction that waits for it.
 */
export type ConsentPort = {
  /** The person's latest decision on `type`; null when they never made one (the deployment's default applies). */
  consentOf(userId: string, type: "analytics" | "marketing_email" | "marketing_cookies", executor?: Executor): Promise<boolean | null>;
};

/** Every port a module can provide. */
export type Ports = {
  credits?: CreditsPort;
  segments?: SegmentsPort;
  consent?: ConsentPort;
};
