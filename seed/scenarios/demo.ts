import type { Role } from "@/lib/auth/roles";
import {
  addMember,
  createInvitation,
  createProject,
  createTenant,
  createUser,
  demoPassword,
  type SeedTenant,
} from "../factories";
import { seedBilling } from "../billing";

/** The demo world: one tenant per billing situation (made real by seed/billing.ts), each with every role. */
export const demoTenants = [
  { key: "trial", name: "Acme (trial, day 10 of 14)", projects: ["Website relaunch", "Mobile app"] },
  { key: "paid", name: "Globex (active, Pro)", projects: ["Billing revamp", "Data pipeline", "Partner portal"] },
  { key: "pastdue", name: "Initech (past due, in grace)", projects: ["TPS reports"] },
  { key: "canceled", name: "Umbrella (canceled)", projects: ["Archive"] },
  { key: "free", name: "Hooli (free)", projects: ["Side project"] },
] as const;

const roles: Role[] = ["owner", "admin", "member", "viewer", "guest"];

export type Login = { email: string; password: string; role: string; tenant: string };

/** Seeds the demo world; safe to run again (every factory finds what exists). */
export async function seedDemo(): Promise<Login[]> {
  const logins: Login[] = [];
  const admin = await createUser({ email: "admin@keel.local", name: "Platform Admin", platformAdmin: true });
  logins.push({ email: admin.email, password: demoPassword, role: "platform admin", tenant: "—" });

  let invitingTenant: { tenant: Awaited<ReturnType<typeof createTenant>>; owner: Awaited<ReturnType<typeof createUser>> } | undefined;
  const made = {} as Record<(typeof demoTenants)[number]["key"], SeedTenant>;
  for (const spec of demoTenants) {
    const people = {} as Record<Role, Awaited<ReturnType<typeof createUser>>>;
    for (const role of roles) {
      people[role] = await createUser({ email: `${role}@${spec.key}.keel.local`, name: `${capitalize(role)} ${capitalize(spec.key)}` });
    }
    const tenant = await createTenant({ name: spec.name, slug: `demo-${spec.key}`, owner: people.owner });
    made[spec.key] = tenant;
    for (const role of roles.slice(1)) await addMember({ tenant, user: people[role], role });
    for (const name of spec.projects) await createProject({ tenant, name, createdBy: people.owner });
    for (const role of roles) logins.push({ email: people[role].email, password: demoPassword, role, tenant: spec.name });
    if (spec.key === "paid") invitingTenant = { tenant, owner: people.owner };
  }

  await seedBilling(made);

  // Someone invited but not signed up yet: sign up as invitee@keel.local to try the flow.
  if (invitingTenant) {
    await createInvitation({ tenant: invitingTenant.tenant, email: "invitee@keel.local", role: "member", inviter: invitingTenant.owner });
  }
  return logins;
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
