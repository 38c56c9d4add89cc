import { createHash } from "node:crypto";
import { peekRateLimit, rateLimit, type RateLimitRule } from "@/lib/rate-limit";
import { env } from "@/lib/env";

/**
 * Per-account sign-in lockout, on top of the per-address throttle: after AUTH_LOCKOUT_THRESHOLD
 * failed password sign-ins for one address within AUTH_LOCKOUT_WINDOW_MINUTES, every password
 * sign-in for it is refused until the window slides on — the right password included, so a
 * guesser cannot learn they were right. Keyed by account, so it holds when every guess comes from
 * another address. Second-factor codes typed in a signed-in session (a step-up) get the same budget
 * per user; Better Auth locks its sign-in challenge itself. Counts live in the rate-limit store (memory, Redis or Upstash) like every limit.
 */
export function lockoutRule(): RateLimitRule {
  return { limit: env.AUTH_LOCKOUT_THRESHOLD, windowSeconds: env.AUTH_LOCKOUT_WINDOW_MINUTES * 60 };
}

/** What is counted: password guesses per address, or second-factor guesses per signed-in user. */
export type LockSubject = { kind: "password"; email: string } | { kind: "second-factor"; userId: string };

// Hashed so the store never holds addresses in clear.
function keyFor(subject: LockSubject): string {
  const id = subject.kind === "password" ? subject.email.trim().toLowerCase() : subject.userId;
  const digest = createHash("sha256").update(id).digest("hex").slice(0, 32);
  return `auth:${subject.kind}-failures:${digest}`;
}

export type LockState = { locked: boolean; retryAfterSeconds: number };

/** Whether `subject` is locked now (counts nothing). */
export async function lockState(subject: LockSubject): Promise<LockState> {
  const result = await peekRateLimit(keyFor(subject), lockoutRule());
  return { locked: !result.success, retryAfterSeconds: Math.max(1, Math.ceil((result.reset - Date.now()) / 1000)) };
}

/**
 * Counts one failure. `lockedNow` is true for exactly the failure that spends the
 * budget, so one notice goes out per lockout, however many guesses race it.
 */
export async function recordFailure(subject: LockSubject): Promise<{ lockedNow: boolean }> {
  const result = await rateLimit(keyFor(subject), lockoutRule());
  return { lockedNow: result.success && result.remaining === 0 };
}
