import { sql } from "drizzle-orm";
import { sessions, users } from "@/db/schema/auth";
import type { SegmentField } from "@/lib/manifest/define";

/** What segments can filter users on from their account (lib/segments). */
export const authSegmentFields: readonly SegmentField[] = [
  { id: "user.signedUpAt", subject: "user", type: "date", description: "When the account was created.", value: (id) => sql`(select ${users.createdAt} from ${users} where ${users.id} = ${id})` },
  {
    id: "user.lastActiveAt",
    subject: "user",
    type: "date",
    description: "The last time one of the user's sessions was used (sessions refresh daily while in use).",
    value: (id) => sql`(select max(${sessions.updatedAt}) from ${sessions} where ${sessions.userId} = ${id})`,
  },
  { id: "user.emailDomain", subject: "user", type: "text", description: "The part of the email address after the @, lowercased.", value: (id) => sql`(select lower(split_part(${users.email}, '@', 2)) from ${users} where ${users.id} = ${id})` },
  { id: "user.platformRole", subject: "user", type: "text", description: "`user` or `admin` (a platform admin).", value: (id) => sql`(select ${users.role} from ${users} where ${users.id} = ${id})` },
];
