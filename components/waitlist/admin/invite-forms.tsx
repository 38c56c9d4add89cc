"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { api } from "@/lib/api-client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table";
import { useErrorMessage } from "@/components/ui/use-error-message";

type Message = { tone: "success" | "error"; text: string } | null;

/** `POST /platform/waitlist/invite`, then the page again; the outcome as a message. */
function useInvite() {
  const t = useTranslations("waitlist.admin");
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const [message, setMessage] = useState<Message>(null);
  const [pending, setPending] = useState(false);
  async function invite(body: { count: number } | { ids: string[] }) {
    setPending(true);
    try {
      const { invited } = await api<{ invited: number }>("/platform/waitlist/invite", { method: "POST", body });
      setMessage({ tone: "success", text: t("invited", { count: invited }) });
      router.refresh();
    } catch (caught) {
      setMessage({ tone: "error", text: errorMessage(caught) });
    }
    setPending(false);
  }
  return { message, pending, invite };
}

export function InviteFirstForm() {
  const t = useTranslations("waitlist.admin");
  const { message, pending, invite } = useInvite();
  const [count, setCount] = useState("10");
  function submit(event: FormEvent) {
    event.preventDefault();
    void invite({ count: Number(count) });
  }
  return (
    <form onSubmit={submit} className="flex flex-wrap items-end gap-3" aria-label={t("inviteFirst")}>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <Field label={t("count")}>{(control) => <Input {...control} type="number" min={1} max={1000} value={count} onChange={(e) => setCount(e.target.value)} required />}</Field>
      <Button type="submit" loading={pending}>
        {t("inviteFirst")}
      </Button>
    </form>
  );
}

type Waiting = { id: string; email: string; position: number; referrals: number; verified: boolean; joined: string };

/** The line, with a box per confirmed entry to invite those ticked. */
export function WaitingList({ entries }: { entries: Waiting[] }) {
  const t = useTranslations("waitlist.admin");
  const { message, pending, invite } = useInvite();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const toggle = (id: string) => setSelected((now) => (now.has(id) ? new Set([...now].filter((x) => x !== id)) : new Set([...now, id])));
  return (
    <div className="space-y-3">
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <Table label={t("title")}>
        <THead>
          <Tr>
            <Th>
              <span className="sr-only">{t("inviteSelected")}</span>
            </Th>
            <Th>{t("position")}</Th>
            <Th>{t("email")}</Th>
            <Th className="text-right">{t("referrals")}</Th>
            <Th>{t("confirmed")}</Th>
            <Th>{t("joined")}</Th>
          </Tr>
        </THead>
        <TBody>
          {entries.map((e) => (
            <Tr key={e.id} data-testid="waitlist-entry">
              <Td>{e.verified ? <input type="checkbox" aria-label={t("select", { email: e.email })} checked={selected.has(e.id)} onChange={() => toggle(e.id)} /> : null}</Td>
              <Td className="tabular-nums">{e.position}</Td>
              <Td className="break-all">{e.email}</Td>
              <Td className="text-right tabular-nums">{e.referrals}</Td>
              <Td>{e.verified ? t("yes") : t("no")}</Td>
              <Td>{e.joined}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
      <Button onClick={() => void invite({ ids: [...selected] })} disabled={selected.size === 0} loading={pending}>
        {t("inviteSelected")}
      </Button>
    </div>
  );
}
