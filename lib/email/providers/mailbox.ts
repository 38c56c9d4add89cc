import { db } from "@/db/client";
import { mailboxMessages } from "@/db/schema/email";
import { newId } from "@/lib/ids";
import type { EmailSender } from "./types";

/** The local mailbox: stores each message for the dev mailbox page instead of sending it. */
export const mailboxSender: EmailSender = {
  async send(message) {
    const id = newId("email");
    await db.insert(mailboxMessages).values({
      id,
      // Lower case, so the page can find a user's mail by their (lower-cased) sign-in email.
      to: message.to.toLowerCase(),
      from: message.from,
      subject: message.subject,
      html: message.html,
      text: message.text,
      template: message.template,
      tags: message.tags ?? {},
      headers: message.headers ?? {},
    });
    return { id };
  },
};
