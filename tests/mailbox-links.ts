import { expect } from "vitest";
import { drainJobs } from "@/lib/app";
import { listMailbox, type MailboxMessage } from "@/lib/email";

const origin = "http://localhost:3000";

/** Messages of `template` to `to` in the local mailbox, newest first (after sending queued mail). */
export async function mailOf(to: string, template: string): Promise<MailboxMessage[]> {
  await drainJobs();
  return (await listMailbox({ to })).filter((m) => m.template === template);
}

/** The first link matching `pattern` in the newest `template` message to `to`, on the test origin. */
export async function linkFromMailbox(to: string, template: string, pattern: RegExp): Promise<string> {
  const [message] = await mailOf(to, template);
  expect(message, `a ${template} message to ${to}`).toBeDefined();
  const url = pattern.exec(message!.text)?.[0];
  expect(url).toBeTruthy();
  return url!.replace(/&amp;/g, "&").replace(/^https?:\/\/[^/]+/, origin);
}
