import { drainJobs } from "@/lib/app";
import { listMailbox } from "@/lib/email";

/**
 * The link in the newest invitation email to `email`, read from the local mailbox as the invitee
 * would click it: `/accept-invitation/<id>?token=<secret>`.
 */
export async function invitationLinkFor(email: string): Promise<{ url: string; id: string; token: string }> {
  await drainJobs(); // mail goes out through the job queue, after the commit
  const messages = await listMailbox({ to: email, limit: 20 });
  for (const message of messages) {
    const match = /\/accept-invitation\/([^"?\s<]+)\?token=([A-Za-z0-9_-]+)/.exec(message.text);
    if (match) return { url: match[0], id: match[1]!, token: match[2]! };
  }
  throw new Error(`No invitation email to ${email} in the mailbox.`);
}
