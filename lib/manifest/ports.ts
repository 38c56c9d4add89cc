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
};

/** Segment memberships. The segments module provides it; flags match `segments` rules through it. */
export type SegmentsPort = {
  /** The keys of the live segments the user or the tenant is in now (as of the last computation). */
  membershipsOf(input: { userId?: string | null; tenantId?: string | null }): Promise<string[]>;
};

/** Every port a module can provide. */
export type Ports = {
  credits?: CreditsPort;
  segments?: SegmentsPort;
};
