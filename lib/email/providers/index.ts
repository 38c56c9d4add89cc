import { env } from "@/lib/env";
import { mailboxSender } from "./mailbox";
import { resendSender } from "./resend";
import type { EmailSender } from "./types";

export { EmailRefusedError } from "./types";
export type { EmailSender, OutgoingEmail } from "./types";

type ProviderConfig = { name: "resend"; apiKey: string } | { name: "mailbox" };

function providerConfig(): ProviderConfig {
  return env.RESEND_API_KEY ? { name: "resend", apiKey: env.RESEND_API_KEY } : { name: "mailbox" };
}

/** Which provider sends mail: Resend when RESEND_API_KEY is set, else the local mailbox. */
export function emailProvider(): ProviderConfig["name"] {
  return providerConfig().name;
}

/** The one place a provider is picked. */
export function emailSender(): EmailSender {
  const config = providerConfig();
  switch (config.name) {
    case "resend":
      return resendSender(config.apiKey);
    case "mailbox":
      return mailboxSender;
    default: {
      const unknown: never = config;
      throw new Error(`Unknown email provider: ${JSON.stringify(unknown)}`);
    }
  }
}
