import { bigint, boolean, index, integer, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, timestamptz, updatedAt } from "./columns";

// Better Auth's core tables. Property names are Better Auth's field names; columns are snake_case.

export const users = pgTable(
  "users",
  {
    id: text().primaryKey(),
    name: text().notNull(),
    email: text().notNull(),
    emailVerified: boolean().notNull().default(false),
    image: text(),
    /** `admin` for platform admins (see PLATFORM_ADMIN_EMAILS); `user` for everyone else. */
    role: text().notNull().default("user"),
    /** Set by Better Auth's two-factor plugin once a TOTP enrolment is confirmed with a code. */
    twoFactorEnabled: boolean().notNull().default(false),
    /** Set by a platform admin (Better Auth's admin plugin): no new session is created while true. */
    banned: boolean().notNull().default(false),
    banReason: text(),
    /** When the ban lifts by itself; null bans until an admin lifts it. */
    banExpires: timestamptz(),
    /** The UI and email language the user chose (lib/i18n/config.ts); null follows the browser. */
    locale: text(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("users_email_key").on(t.email)],
);

export const sessions = pgTable(
  "sessions",
  {
    id: text().primaryKey(),
    token: text().notNull(),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: timestamptz().notNull(),
    ipAddress: text(),
    userAgent: text(),
    /** The tenant the user is working in; set by the tenant switcher. */
    activeTenantId: text(),
    /**
     * When this session proved a second factor (TOTP, backup code or passkey). Platform-admin
     * routes need it whatever made the session: magic links and auto sign-in skip Better Auth's
     * two-factor challenge, so the challenge alone cannot be relied on.
     */
    secondFactorAt: timestamptz(),
    /**
     * The platform admin acting as this user (read-only; lib/auth/impersonation.ts). Such a session
     * refuses every write and ends at most IMPERSONATION_MAX_MINUTES after it began.
     */
    impersonatedBy: text().references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("sessions_token_key").on(t.token), index("sessions_user_idx").on(t.userId)],
);

export const accounts = pgTable(
  "accounts",
  {
    id: text().primaryKey(),
    accountId: text().notNull(),
    providerId: text().notNull(),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    accessToken: text(),
    refreshToken: text(),
    idToken: text(),
    accessTokenExpiresAt: timestamptz(),
    refreshTokenExpiresAt: timestamptz(),
    scope: text(),
    password: text(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("accounts_user_idx").on(t.userId)],
);

export const verifications = pgTable(
  "verifications",
  {
    id: text().primaryKey(),
    identifier: text().notNull(),
    value: text().notNull(),
    expiresAt: timestamptz().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("verifications_identifier_idx").on(t.identifier)],
);

/** Better Auth's rate-limit counters, kept in the database so limits hold across processes. */
export const rateLimits = pgTable(
  "rate_limits",
  {
    id: text().primaryKey(),
    key: text().notNull(),
    count: integer().notNull(),
    lastRequest: bigint({ mode: "number" }).notNull(),
  },
  (t) => [uniqueIndex("rate_limits_key_key").on(t.key)],
);

/** TOTP secrets and backup codes (Better Auth's two-factor plugin), both encrypted with the auth secret. */
export const twoFactors = pgTable(
  "two_factors",
  {
    id: text().primaryKey(),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    secret: text().notNull(),
    backupCodes: text().notNull(),
    /** False until the first code confirms the enrolment. */
    verified: boolean().notNull().default(true),
    failedVerificationCount: integer().notNull().default(0),
    lockedUntil: timestamptz(),
  },
  (t) => [uniqueIndex("two_factors_user_key").on(t.userId)],
);

/** WebAuthn credentials (Better Auth's passkey plugin). */
export const passkeys = pgTable(
  "passkeys",
  {
    id: text().primaryKey(),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text(),
    publicKey: text().notNull(),
    credentialID: text("credential_id").notNull(),
    counter: integer().notNull(),
    deviceType: text().notNull(),
    backedUp: boolean().notNull(),
    transports: text(),
    aaguid: text(),
    createdAt: createdAt(),
  },
  (t) => [index("passkeys_user_idx").on(t.userId), uniqueIndex("passkeys_credential_key").on(t.credentialID)],
);
