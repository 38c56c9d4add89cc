import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { Fragment, type ReactNode } from "react";
import { getCurrentUser } from "@/lib/app";
import { emailProvider, getMailboxMessage, listMailbox, mailboxScope, type MailboxMessage } from "@/lib/email";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";
export async function generateMetadata() {
  const t = await getTranslations("email.mailbox");
  return { title: t("metaTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The local mailbox: every message the app "sent" while no email provider is configured. */
export default async function MailboxPage({ searchParams }: Props) {
  const t = await getTranslations("email.mailbox");
  if (emailProvider() !== "mailbox") {
    return (
      <Frame>
        <Notice>{t("resend")}</Notice>
      </Frame>
    );
  }

  const scope = mailboxScope(await getCurrentUser(), { development: env.NODE_ENV === "development" });
  if (!scope) {
    return (
      <Frame>
        <Notice>{t("signIn")}</Notice>
      </Frame>
    );
  }

  const messages = await listMailbox({ ...scope, limit: 100 });
  const { id } = await searchParams;
  const selectedId = typeof id === "string" ? id : messages[0]?.id;
  const selected = selectedId ? await getMailboxMessage(selectedId, scope) : null;

  return (
    <Frame>
      {messages.length === 0 ? (
        <Notice>{t("empty")}</Notice>
      ) : (
        <div className="grid gap-4 lg:grid-cols-[minmax(0,20rem)_minmax(0,1fr)]">
          <MessageList messages={messages} selectedId={selected?.id} />
          {selected ? <MessagePreview message={selected} /> : <Notice>{t("notFound")}</Notice>}
        </div>
      )}
    </Frame>
  );
}

function Frame({ children }: { children: ReactNode }) {
  const t = useTranslations("email.mailbox");
  return (
    <div className="space-y-4">
      <header className="space-y-1">
        <h1 className="text-xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="text-sm text-muted-foreground">{t("intro")}</p>
      </header>
      {children}
    </div>
  );
}

function Notice({ children }: { children: ReactNode }) {
  return <p className="rounded-lg border border-border bg-card p-6 text-sm text-muted-foreground">{children}</p>;
}

function MessageList({ messages, selectedId }: { messages: MailboxMessage[]; selectedId?: string }) {
  const t = useTranslations("email.mailbox");
  return (
    <nav aria-label={t("listLabel")} className="overflow-hidden rounded-lg border border-border bg-card">
      <ul className="divide-y divide-border">
        {messages.map((message) => {
          const current = message.id === selectedId;
          return (
            <li key={message.id}>
              <Link
                href={`?id=${encodeURIComponent(message.id)}`}
                aria-current={current ? "true" : undefined}
                className={`block space-y-0.5 px-4 py-3 text-sm hover:bg-muted focus-visible:outline-2 focus-visible:outline-ring ${current ? "bg-muted" : ""}`}
              >
                <span className="block truncate font-medium">{message.subject}</span>
                <span className="block truncate text-muted-foreground">{message.to}</span>
                <Sent at={message.createdAt} />
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

function MessagePreview({ message }: { message: MailboxMessage }) {
  const t = useTranslations("email.mailbox");
  return (
    <article className="flex min-h-[32rem] flex-col overflow-hidden rounded-lg border border-border bg-card">
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 border-b border-border p-4 text-sm">
        <dt className="text-muted-foreground">{t("subject")}</dt>
        <dd className="font-medium">{message.subject}</dd>
        <dt className="text-muted-foreground">{t("to")}</dt>
        <dd>{message.to}</dd>
        <dt className="text-muted-foreground">{t("from")}</dt>
        <dd>{message.from}</dd>
        <dt className="text-muted-foreground">{t("sent")}</dt>
        <dd>
          <Sent at={message.createdAt} />
        </dd>
        {/* Extra headers as a provider would send them (List-Unsubscribe on notification emails). */}
        {Object.entries(message.headers).map(([name, value]) => (
          <Fragment key={name}>
            <dt className="text-muted-foreground">{name}</dt>
            <dd className="break-all">{value}</dd>
          </Fragment>
        ))}
      </dl>
      {/* sandbox="" : the message's HTML gets no scripts, forms, or same-origin access. */}
      <iframe title={t("frameTitle", { subject: message.subject })} srcDoc={message.html} sandbox="" className="w-full flex-1 bg-white" />
    </article>
  );
}

/** The request config's time zone is UTC, which the label says. */
function Sent({ at }: { at: Date }) {
  const t = useTranslations("email.mailbox");
  const format = useFormatter();
  return (
    <time dateTime={at.toISOString()} className="block text-xs text-muted-foreground">
      {t("sentAt", { time: format.dateTime(at, "dateTime") })}
    </time>
  );
}
