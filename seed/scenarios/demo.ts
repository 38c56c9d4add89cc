import { loadFixtures } from "@/lib/app/fixtures";
import type { Role } from "@/lib/auth/roles";
import type { DemoTenant } from "@/lib/manifest/define";
import { env } from "@/lib/env";
import { addMember, createInvitation, createTenant, createUser, demoPassword, enrolTotp, type SeedUser } from "../factories";

/**
 * The demo world: one tenant per billing situation, each with every role. Modules add their own
 * demo data to it (their manifests' `fixtures.seedDemo`): billing makes the situations real,
 * projects adds projects.
 */
export const demoTenants = [
  { key: "trial", name: "Acme (trial, day 10 of 14)" },
  { key: "paid", name: "Globex (active, Pro)" },
  { key: "pastdue", name: "Initech (past due, in grace)" },
  { key: "canceled", name: "Umbrella (canceled)" },
  { key: "suspended", name: "Soylent (suspended, grace over)" },
  { key: "free", name: "Hooli (free)" },
] as const;

const roles: Role[] = ["owner", "admin", "member", "viewer", "guest"];

/** `totp`: the base32 secret to type into an authenticator app (the platform admin only). */
export type Login = { email: string; password: string; role: string; tenant: string; totp?: string };

/** Seeds the demo world; safe to run again (every factory finds what exists). */
export async function seedDemo(): Promise<Login[]> {
  const logins: Login[] = [];
  // Platform admins need two-factor: the demo admin has TOTP on with a known secret, so demos and
  // tests can compute its codes (demo data only; SEED_ADMIN_TOTP_SECRET).
  const admin = await createUser({ email: "admin@keel.local", name: "Platform Admin", platformAdmin: true });
  await enrolTotp({ user: admin, secret: env.SEED_ADMIN_TOTP_SECRET });
  logins.push({ email: admin.email, password: demoPassword, role: "platform admin", tenant: "—", totp: base32(env.SEED_ADMIN_TOTP_SECRET) });

  const made: DemoTenant[] = [];
  for (const spec of demoTenants) {
    const people = {} as Record<Role, SeedUser>;
    for (const role of roles) {
      people[role] = await createUser({ email: `${role}@${spec.key}.keel.local`, name: `${capitalize(role)} ${capitalize(spec.key)}` });
    }
    const tenant = await createTenant({ name: spec.name, slug: `demo-${spec.key}`, owner: people.owner });
    for (const role of roles.slice(1)) await addMember({ tenant, user: people[role], role });
    for (const role of roles) logins.push({ email: people[role].email, password: demoPassword, role, tenant: spec.name });
    made.push({ ...tenant, key: spec.key, people });
  }

  for (const fixtures of await loadFixtures()) await fixtures.seedDemo?.(made);

  // Someone invited but not signed up yet: sign up as invitee@keel.local to try the flow.
  const paid = made.find((t) => t.key === "paid");
  if (paid) await createInvitation({ tenant: paid, email: "invitee@keel.local", role: "member", inviter: paid.people.owner as SeedUser });
  return logins;
}

/** RFC 4648 base32 without padding, as authenticator apps take a secret. */
export function base32(text: string): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = "";
  for (const byte of new TextEncoder().encode(text)) bits += byte.toString(2).padStart(8, "0");
  let out = "";
  for (let i = 0; i < bits.length; i += 5) out += alphabet[parseInt(bits.slice(i, i + 5).padEnd(5, "0"), 2)];
  return out;
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
