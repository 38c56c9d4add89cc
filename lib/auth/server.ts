import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { APIError, createAuthMiddleware } from "better-auth/api";
import type { SignUpRequest } from "@/lib/manifest/define";
import { nextCookies } from "better-auth/next-js";
import { admin, magicLink, organization, twoFactor } from "better-auth/plugins";
import { passkey } from "@better-auth/passkey";
import { eq } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import * as authTables from "@/db/schema/auth";
import * as tenantTables from "@/db/schema/tenants";
import { recordAudit } from "@/lib/audit";
import { sendEmail } from "@/lib/email";
import { trustedOrigins } from "@/lib/http/origin";
import { confirmNewEmail, magicLinkEmail, resetPasswordEmail, verifyEmail } from "./emails";
import { afterAccountHooks, beforeAccountHooks, type HookContext } from "./account-hooks";
import { noticeNewDevice } from "./new-device";
import { clientIpHeader } from "./client-ip-header";
import { coreIdPrefixes, newId, type IdKind } from "@/lib/ids";
import type { TenantHook } from "@/lib/tenants/hooks";
import { provisionTenantsForUser } from "@/lib/tenants/provision";
import {
  appUrl,
  authRateLimitEnabled,
  authSecret,
  blockDisposableEmails,
  emailVerificationRequired,
  impersonationMaxMinutes,
  isPlatformAdminEmail,
  socialProviders,
} from "./config";
import { adminPaths, organizationPaths } from "./disabled-paths";
import { isDisposableEmail } from "./disposable";
import { throttleAuthRequest, throttlesOnSharedStore } from "./throttle";
import { hashPassword, isCommonPassword, passwordLength, verifyPassword } from "./password";
import type { Access } from "./roles";

// Better Auth model name → our id prefix (usr_, ses_, org_, …).
const idKindByModel: Record<string, IdKind> = {
  user: "user",
  session: "session",
  account: "account",
  verification: "verification",
  organization: "tenant",
  member: "member",
  invitation: "invitation",
  rateLimit: "rateLimit",
  twoFactor: "twoFactor",
  passkey: "passkey",
};

const passwordPaths = new Set(["/sign-up/email", "/reset-password", "/change-password"]);
// Paths where a new account can appear: sign-up, and magic links for unknown addresses.
const signUpPaths = new Set(["/sign-up/email", "/sign-in/magic-link"]);

export type AuthOptions = {
  /** The permission matrix of every module (lib/app), so Better Auth's checks agree with route()'s. */
  access: Access;
  /** Modules' `onTenantCreated` hooks, run when sign-up creates a first tenant. */
  tenantHooks: readonly TenantHook[];
  /** Modules' `onUserSignedUp` hooks, run in one transaction after an account is created. @default none */
  userSignedUpHooks?: readonly ((tx: Executor, user: { id: string; email: string }, signUp: SignUpRequest) => Promise<void>)[];
  /** Modules' `beforeUserSignUp` gates: a text refuses the account with that message. @default none */
  signUpGates?: readonly ((user: { email: string }, signUp: SignUpRequest) => Promise<string | null>)[];
  /** Modules' `beforeSignIn` gates: a refusal stops the session with 403 and its code. @default none */
  signInGates?: readonly ((user: { id: string }) => Promise<{ code: string; message: string } | null>)[];
};

/**
 * Builds the Better Auth instance. The composition root (lib/app) calls it once with what the
 * modules contribute; core never holds an instance of its own, so it never needs the module list.
 */
export function createAuth({ access, tenantHooks, userSignedUpHooks = [], signUpGates = [], signInGates = [] }: AuthOptions) {
  return betterAuth({
    appName: "Keel",
    baseURL: appUrl,
    // The same origins route() trusts for cookie writes (lib/http/origin.ts): the app and TRUSTED_ORIGINS.
    trustedOrigins: [...trustedOrigins],
    secret: authSecret,
    database: drizzleAdapter(db, { provider: "pg", schema: { ...authTables, ...tenantTables } }),
    user: {
      modelName: "users",
      additionalFields: {
        role: { type: "string", required: false, input: false, defaultValue: "user" },
        // Set through PATCH /me (validated against lib/i18n/config.ts), never from a sign-up body.
        locale: { type: "string", required: false, input: false },
      },
      // The new address gets a link (sendVerificationEmail below); the old one a notice (account-hooks.ts).
      changeEmail: { enabled: true },
    },
    session: {
      modelName: "sessions",
      // Written only by Keel's after-hooks (lib/auth/second-factor.ts), never from a request body.
      additionalFields: { secondFactorAt: { type: "date", required: false, input: false } },
    },
    account: { modelName: "accounts" },
    verification: { modelName: "verifications" },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: passwordLength.min,
      maxPasswordLength: passwordLength.max,
      requireEmailVerification: emailVerificationRequired,
      autoSignIn: true,
      revokeSessionsOnPasswordReset: true,
      password: { hash: hashPassword, verify: verifyPassword },
      sendResetPassword: async ({ user, url }) => {
        await sendEmail(db, { to: user.email, template: resetPasswordEmail, props: { name: user.name, url } });
      },
    },
    emailVerification: {
      sendOnSignUp: true,
      // Stated in emails/verify-email.tsx: keep the two in step.
      expiresIn: 24 * 60 * 60,
      autoSignInAfterVerification: true,
      sendVerificationEmail: async ({ user, url }) => {
        // A change of address hands us the user with the new address while the row keeps the old.
        const [stored] = await db.select({ email: authTables.users.email }).from(authTables.users).where(eq(authTables.users.id, user.id));
        const template = stored && stored.email !== user.email.toLowerCase() ? confirmNewEmail : verifyEmail;
        await sendEmail(db, { to: user.email, template, props: { name: user.name, url } });
      },
      // With verification required, tenants are set up once the address is proven (see provision.ts).
      afterEmailVerification: async (user) => {
        await provisionTenantsForUser(user, tenantHooks);
      },
    },
    socialProviders,
    // Counters live in the database so limits hold across processes and restarts.
    // With Redis/Upstash the shared store throttles instead (lib/auth/throttle.ts); else the database.
    rateLimit: { enabled: authRateLimitEnabled && !throttlesOnSharedStore(), storage: "database", modelName: "rateLimits" },
    // Tenants change only through Keel's /tenants routes, which audit and emit events in the same
    // transaction; the plugin's own HTTP endpoints would bypass that, so they are switched off.
    disabledPaths: [...organizationPaths, ...adminPaths],
    advanced: {
      cookiePrefix: "keel",
      // Set by app/api/auth/[...all]/route.ts from TRUSTED_PROXY_HOPS (lib/http/client-ip.ts), after
      // dropping any copy the client sent: Better Auth then sees the address route() sees.
      ipAddress: { ipAddressHeaders: [clientIpHeader] },
      database: {
        generateId: ({ model }) => {
          const kind = idKindByModel[model];
          return kind ? newId(kind) : `${coreIdPrefixes.verification}_${crypto.randomUUID()}`;
        },
      },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (authRateLimitEnabled && throttlesOnSharedStore()) await throttleAuthRequest(ctx.path, ctx.headers);
        await beforeAccountHooks(ctx as unknown as HookContext);
        const body = ctx.body as { email?: unknown; password?: unknown; newPassword?: unknown } | undefined;
        if (blockDisposableEmails && signUpPaths.has(ctx.path) && typeof body?.email === "string" && isDisposableEmail(body.email)) {
          throw new APIError("BAD_REQUEST", {
            code: "DISPOSABLE_EMAIL",
            message: "Sign up with a permanent email address: this one belongs to a disposable-mail service.",
          });
        }
        if (!passwordPaths.has(ctx.path)) return;
        const password = body?.newPassword ?? body?.password;
        if (typeof password === "string" && isCommonPassword(password)) {
          throw new APIError("BAD_REQUEST", {
            code: "PASSWORD_TOO_COMMON",
            message: "This password appears in lists of leaked passwords. Choose another.",
          });
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        await afterAccountHooks(ctx as unknown as HookContext);
      }),
    },
    databaseHooks: {
      user: {
        create: {
          before: async (user, context) => {
            const email = user.email.toLowerCase();
            // The platform admins named in PLATFORM_ADMIN_EMAILS always get in: an invite-only
            // deployment still needs its first admin.
            if (!isPlatformAdminEmail(email)) {
              for (const gate of signUpGates) {
                const refusal = await gate({ email }, { headers: context?.headers ?? null });
                if (refusal) throw new APIError("FORBIDDEN", { code: "SIGN_UP_CLOSED", message: refusal });
              }
            }
            return {
              data: {
                ...user,
                email,
                // Only a provider's explicit `true` (or Keel's own verification) proves an address.
                emailVerified: user.emailVerified === true,
                role: isPlatformAdminEmail(user.email) ? "admin" : "user",
              },
            };
          },
          after: async (user, context) => {
            await recordAudit(db, { action: "auth.sign_up", actorId: user.id, targetType: "user", targetId: user.id });
            if (userSignedUpHooks.length > 0) {
              await db.transaction(async (tx) => {
                for (const hook of userSignedUpHooks) await hook(tx, { id: user.id, email: user.email }, { headers: context?.headers ?? null });
              });
            }
            if (!emailVerificationRequired || user.emailVerified) await provisionTenantsForUser(user, tenantHooks);
          },
        },
      },
      session: {
        create: {
          // Better Auth names the field activeOrganizationId; it is stored as sessions.active_tenant_id.
          // A session re-issued for the same user (two-factor enrolment) keeps the tenant it had.
          before: async (session) => {
            if (!(session as { impersonatedBy?: string | null }).impersonatedBy) {
              for (const gate of signInGates) {
                const refusal = await gate({ id: session.userId });
                if (refusal) throw new APIError("FORBIDDEN", { code: refusal.code.toUpperCase(), message: refusal.message });
              }
            }
            return {
              data: { ...session, activeOrganizationId: (session as { activeOrganizationId?: string | null }).activeOrganizationId ?? (await firstTenantId(session.userId)) },
            };
          },
          after: async (session) => {
            // An admin's impersonation is no sign-in of the user's: no new-device mail; its own
            // audit rows are written where it starts (lib/auth/impersonation.ts).
            if ((session as { impersonatedBy?: string | null }).impersonatedBy) return;
            // Before the audit row: the check compares this device with the earlier sign-ins.
            await noticeNewDevice(session);
            await recordAudit(db, {
              action: "auth.sign_in",
              actorId: session.userId,
              targetType: "session",
              targetId: session.id,
              ipAddress: session.ipAddress,
              userAgent: session.userAgent,
            });
          },
        },
      },
    },
    plugins: [
      organization({
        ac: access.ac,
        roles: access.roles,
        creatorRole: "owner",
        schema: {
          organization: { modelName: "tenants" },
          member: { modelName: "tenantMembers", fields: { organizationId: "tenantId" } },
          invitation: { modelName: "tenantInvitations", fields: { organizationId: "tenantId" } },
          session: { fields: { activeOrganizationId: "activeTenantId" } },
        },
      }),
      magicLink({
        // Stated in emails/magic-link.tsx: keep the two in step.
        expiresIn: 10 * 60,
        sendMagicLink: async ({ email, url }) => {
          await sendEmail(db, { to: email, template: magicLinkEmail, props: { url } });
        },
      }),
      twoFactor({
        issuer: "Keel",
        schema: { twoFactor: { modelName: "twoFactors" } },
      }),
      passkey({
        rpName: "Keel",
        // The origin the browser must have signed: ours, never the request's Origin header.
        origin: appUrl,
        schema: { passkey: { modelName: "passkeys" } },
      }),
      admin({
        // Bans (checked on every new session, every sign-in method) and impersonation. Its HTTP
        // endpoints are switched off (disabledPaths): Keel's /platform routes call it through
        // auth.api after route() has checked the platform role, the second factor and a reason.
        impersonationSessionDuration: impersonationMaxMinutes * 60,
        allowImpersonatingAdmins: false,
      }),
      nextCookies(), // must stay last: lets server actions set auth cookies
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;

async function firstTenantId(userId: string): Promise<string | null> {
  const { listUserTenants } = await import("@/lib/tenants/membership");
  const [first] = await listUserTenants(userId);
  return first?.id ?? null;
}
