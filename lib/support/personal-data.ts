import type { NoPersonalData, PersonalDataRule } from "@/lib/manifest/define";

/** How this module's tables answer an export and an erasure (lib/privacy reads it). */
export const supportPersonalData: readonly (PersonalDataRule | NoPersonalData)[] = [
  // A reporter's tickets go with them (their threads and screenshots cascade).
  { table: "support_tickets", subject: "user", match: { column: "user_id" }, export: ["id", "tenant_id", "subject", "body", "url", "status", "created_at", "updated_at"], erase: "delete" },
  { table: "support_tickets", subject: "user", match: { column: "assignee_id" }, export: { omit: "tickets assigned to them as staff" }, erase: { keep: "the reporter's ticket", set: { assignee_id: null } } },
  { table: "support_tickets", subject: "tenant", match: { column: "tenant_id" }, erase: { keep: "a ticket is its reporter's, not the team's", set: { tenant_id: null } } },
  // A staff member's replies stay on the users' tickets, unsigned.
  { table: "support_messages", subject: "user", match: { column: "author_id" }, export: ["ticket_id", "author_role", "body", "created_at"], erase: { keep: "the reporter's thread", set: { author_id: null } } },
  { table: "support_screenshots", none: "a ticket's screenshot: it goes with the ticket (foreign key cascade)" },
];
